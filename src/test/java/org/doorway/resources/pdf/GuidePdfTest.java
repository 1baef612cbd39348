package org.doorway.resources.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.doorway.resources.GuidePages;
import org.doorway.resources.ResourcesFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GuidePdfTest {
    private final GuidePdf pdf = new GuidePdf();
    private final GuidePages pages = new GuidePages();

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyDefaultTool_isOneTaggedPage_withItsNameAndStepsAsText(Paper paper) throws IOException {
        Catalogue catalogue = ResourcesFixture.defaultCatalogue();
        for (Tool tool : catalogue.tools()) {
            try (PDDocument document = Loader.loadPDF(pdf.write(pages.of(tool, catalogue), paper))) {
                assertThat(document.getNumberOfPages()).as(tool.id()).isEqualTo(1);
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as(tool.id()).isNotNull();
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(document.getDocumentInformation().getTitle()).startsWith(tool.name());
                String text = squeeze(new PDFTextStripper().getText(document));
                assertThat(text).as(tool.id()).contains(squeeze(tool.name()));
                for (String step : tool.steps()) {
                    assertThat(text).as(tool.id() + " step").contains(squeeze(step));
                }
                assertThat(linkTargets(document)).as(tool.id()).isNotEmpty()
                        .allSatisfy(target -> assertThat(target).matches("https?://.+"));
            }
        }
        assertThat(catalogue.tools().stream().filter(tool -> !tool.steps().isEmpty()).count()).isGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void anOverlongHostileEntry_isShortenedToOnePage_andKeepsOnlyWebLinks(Paper paper) throws IOException {
        Tool hostile = ResourcesFixture.hostile();
        try (PDDocument document = Loader.loadPDF(pdf.write(pages.of(hostile, ResourcesFixture.defaultCatalogue()),
                paper))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Hostile <Tool> &").contains("\u2026").doesNotContain("javascript")
                    .doesNotContain("data:text").doesNotContain("\u0007");
            assertThat(linkTargets(document)).containsExactly("https://example.ac.uk/a?b=1&c=it's");
        }
    }

    @Test
    void aToolWithoutStepsOrLinks_stillGetsAUsefulPage() throws IOException {
        Tool bare = ResourcesFixture.defaultCatalogue().tools().stream().filter(tool -> tool.steps().isEmpty())
                .findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.write(pages.of(bare, ResourcesFixture.defaultCatalogue()),
                Paper.A4))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Getting started").contains("Plan B");
        }
    }

    private static List<String> linkTargets(PDDocument document) throws IOException {
        List<String> targets = new ArrayList<>();
        for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                targets.add(uri.getURI());
            }
        }
        return targets;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
