package org.doorway.resources.pdf;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.doorway.DoorwayException;
import org.doorway.resources.GuidePage;
import org.doorway.text.WebLinks;

/**
 * Writes a {@link GuidePage} as a one-page PDF on A4 or US Letter: a text
 * layer in an embedded Unicode font (so the text can be searched, copied and
 * read aloud), tagged headings and paragraphs, clickable http(s) links printed
 * in full, and a QR code for the full guide. Text is shortened to fit
 * ({@link PageFit}); the page never overflows. Thread-safe (each call builds
 * its own document).
 */
public final class GuidePdf {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 48;
    private static final float QR = 84;
    private static final float GAP = 14;

    public byte[] write(GuidePage page, Paper paper) {
        try (PDDocument pdf = new PDDocument(); InputStream font = GuidePdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new DoorwayException("PDFBox's bundled font " + FONT + " is missing from the class path");
            }
            PDPage sheet = new PDPage(paper.size());
            pdf.addPage(sheet);
            Drawing drawing = new Drawing(pdf, sheet, PDType0Font.load(pdf, font, true), page);
            drawing.draw();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the guide for " + page.title(), e);
        }
    }

    /** One page being laid out and drawn; not thread-safe. */
    private static final class Drawing {
        private final PDDocument pdf;
        private final PDPage sheet;
        private final PDFont font;
        private final Wrapping text;
        private final Tagging tags;
        private final GuidePage page;
        private final PDRectangle box;
        private final float width;

        Drawing(PDDocument pdf, PDPage sheet, PDFont font, GuidePage page) {
            this.sheet = sheet;
            this.font = font;
            this.text = new Wrapping(font);
            this.page = page;
            this.tags = new Tagging(pdf, sheet, page.title() + " \u2013 one-page guide");
            this.box = sheet.getMediaBox();
            this.width = box.getWidth() - 2 * MARGIN;
            this.pdf = pdf;
        }

        void draw() throws IOException {
            Optional<BitMatrix> qr = page.qrLink().filter(WebLinks::isWebLink).flatMap(QrSquares::encode);
            float headerWidth = qr.isPresent() ? width - QR - GAP : width;
            List<Line> header = new ArrayList<>(List.of(
                    line(page.title(), 20, 2, 0, headerWidth, StandardStructureTypes.H1, null, true),
                    line(page.summary(), 10.5f, 4, 0, headerWidth, StandardStructureTypes.P, null, false)));
            float headerHeight = Math.max(PageFit.total(header), qr.isPresent() ? QR + 12 : 0) + GAP;
            Line footer = line(page.footer(), 7.5f, 2, 0, width, StandardStructureTypes.P, null, false);
            List<Line> body = PageFit.fit(body(), box.getHeight() - 2 * MARGIN - headerHeight - footer.height() - GAP);
            try (PDPageContentStream content = new PDPageContentStream(pdf, sheet)) {
                float top = box.getHeight() - MARGIN;
                place(content, header, top);
                if (qr.isPresent()) {
                    drawQr(content, qr.get(), top);
                }
                place(content, body, top - headerHeight);
                place(content, List.of(footer), MARGIN + footer.height());
            }
        }

        private List<Line> body() {
            List<Line> lines = new ArrayList<>();
            for (GuidePage.Block block : page.blocks()) {
                lines.add(line(block.heading(), 12, 1, 0, width, StandardStructureTypes.H2, null, true));
                for (int i = 0; i < block.paragraphs().size(); i++) {
                    String paragraph = block.numbered() ? (i + 1) + ". " + block.paragraphs().get(i)
                            : block.paragraphs().get(i);
                    lines.add(line(paragraph, 10, block.maxLines(), 8, width - 8,
                            block.numbered() ? StandardStructureTypes.LI : StandardStructureTypes.P, null, false));
                }
            }
            List<GuidePage.Link> links = page.links().stream().filter(link -> WebLinks.isWebLink(link.url())).toList();
            if (!links.isEmpty()) {
                lines.add(line("Full guides and colleagues' stories", 12, 1, 0, width, StandardStructureTypes.H2,
                        null, true));
                for (GuidePage.Link link : links) {
                    lines.add(line(link.label() + " \u2013 " + link.url(), 9, 2, 8, width - 8,
                            StandardStructureTypes.P, link.url(), false));
                }
            }
            return lines;
        }

        private Line line(String words, float size, int maxLines, float indent, float lineWidth, String tag,
                String link, boolean heading) {
            // No line holds more than a few hundred characters, so wrap no more than the lines shown can hold.
            String shown = words == null ? "" : words.substring(0, Math.min(words.length(), maxLines * 300));
            List<String> wrapped = text.wrap(shown, size, lineWidth);
            return new Line(wrapped.isEmpty() ? List.of("") : wrapped, maxLines, size, indent, lineWidth, tag, link,
                    heading);
        }

        /** Draws lines downwards from {@code top}, each paragraph as one tagged run. */
        private void place(PDPageContentStream content, List<Line> lines, float top) throws IOException {
            float y = top;
            for (Line line : lines) {
                List<String> shown = text.limit(line.wrapped, line.shown, line.size, line.width);
                PDStructureElement element = tags.element(line.tag);
                content.beginMarkedContent(COSName.getPDFName(line.tag),
                        PDPropertyList.create(tags.mark(element, line.tag)));
                content.beginText();
                content.setFont(font, line.size);
                content.setRenderingMode(line.heading ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                content.setLineWidth(line.size * 0.03f);
                content.setNonStrokingColor(line.link == null ? 0.1f : 0.05f, line.link == null ? 0.1f : 0.2f,
                        line.link == null ? 0.1f : 0.55f);
                float baseline = y - line.above() - line.size;
                content.newLineAtOffset(MARGIN + line.indent, baseline);
                for (int i = 0; i < shown.size(); i++) {
                    if (i > 0) {
                        content.newLineAtOffset(0, -line.leading());
                    }
                    content.showText(shown.get(i));
                }
                content.endText();
                content.endMarkedContent();
                if (line.link != null) {
                    annotate(line, baseline, shown.size());
                }
                y -= line.height();
            }
        }

        private void annotate(Line line, float baseline, int lines) throws IOException {
            PDAnnotationLink annotation = new PDAnnotationLink();
            PDActionURI action = new PDActionURI();
            action.setURI(URI.create(line.link).toASCIIString());
            annotation.setAction(action);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            float bottom = baseline - (lines - 1) * line.leading() - line.size * 0.25f;
            annotation.setRectangle(new PDRectangle(MARGIN + line.indent, bottom, width - line.indent,
                    baseline + line.size - bottom));
            annotation.setContents(line.link);
            sheet.getAnnotations().add(annotation);
        }

        private void drawQr(PDPageContentStream content, BitMatrix modules, float top) throws IOException {
            float x = box.getWidth() - MARGIN - QR;
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setNonStrokingColor(0f, 0f, 0f);
            QrSquares.draw(content, modules, x, top, QR);
            content.endMarkedContent();
            content.beginMarkedContent(COSName.ARTIFACT);
            content.beginText();
            content.setFont(font, 7);
            content.setRenderingMode(RenderingMode.FILL);
            content.newLineAtOffset(x, top - QR - 9);
            content.showText("Scan for the full guide");
            content.endText();
            content.endMarkedContent();
        }
    }
}
