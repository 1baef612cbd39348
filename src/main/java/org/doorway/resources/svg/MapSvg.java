package org.doorway.resources.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.Tool;
import org.doorway.resources.NeedMap;
import org.doorway.text.WebLinks;

/**
 * Draws a {@link NeedMap} as SVG: needs on the left, the tools that serve
 * them in the middle, their guides and case studies on the right. Support
 * status is written beside each tool and drawn as its border (solid,
 * dashed, dotted); a need with no supported tool is marked GAP in words and
 * with hatching, so nothing depends on colour alone. Names link to their
 * http(s) pages; everything is escaped. Thread-safe.
 */
public final class MapSvg {
    public static final String MEDIA_TYPE = "image/svg+xml; charset=utf-8";
    private static final int WIDTH = 1330;
    private static final int ROW = 28;
    private static final int TOP = 96;
    private static final int NEED_X = 20;
    private static final int NEED_W = 370;
    private static final int TOOL_X = 440;
    private static final int TOOL_W = 320;
    private static final int RES_X = 800;
    private static final int ABOUT_CHARS = 62;

    public String write(NeedMap map) {
        List<String> body = new ArrayList<>();
        int y = TOP;
        for (NeedMap.Row row : map.rows()) {
            y = row(body, row, y, map.detailed());
        }
        int height = y + 20;
        String title = map.detailed() ? "How the tools for " + map.rows().get(0).need().name() + " fit together"
                : "Doorway catalogue map: needs, tools, guides and case studies";
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"map-title map-desc\" ")
                .append("font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"13\">\n")
                .append("<title id=\"map-title\">").append(Xml.escape(title)).append("</title>\n")
                .append("<desc id=\"map-desc\">").append(Xml.escape(TextAlternative.of(map))).append("</desc>\n")
                .append(DEFS)
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"20\" y=\"32\" font-size=\"20\" font-weight=\"bold\">").append(Xml.escape(title))
                .append("</text>\n")
                .append(legend());
        body.forEach(svg::append);
        return svg.append("</svg>\n").toString();
    }

    private static String legend() {
        return "<text x=\"20\" y=\"58\" font-size=\"12\">Needs \u2192 tools \u2192 guides and case studies. "
                + "Tool border: solid = supported, dashed = pilot, dotted = not supported centrally. "
                + "GAP (hatched) = no supported tool for the need.</text>\n"
                + "<text x=\"" + NEED_X + "\" y=\"82\" font-weight=\"bold\">Need</text>"
                + "<text x=\"" + TOOL_X + "\" y=\"82\" font-weight=\"bold\">Tool (support)</text>"
                + "<text x=\"" + RES_X + "\" y=\"82\" font-weight=\"bold\">Guides and case studies</text>\n";
    }

    private static int row(List<String> body, NeedMap.Row row, int top, boolean detailed) {
        List<Integer> toolTops = new ArrayList<>();
        int y = top;
        for (Tool tool : row.tools()) {
            toolTops.add(y);
            List<String> resources = detailed ? resources(tool) : List.of(summary(tool));
            for (int i = 0; i < resources.size(); i++) {
                body.add("<text x=\"" + RES_X + "\" y=\"" + (y + 17 + i * (ROW - 6)) + "\">" + resources.get(i)
                        + "</text>\n");
            }
            y += Math.max(ROW, resources.size() * (ROW - 6) + 6);
        }
        int height = Math.max(ROW - 4, y - top - 4);
        String need = Xml.escape(Xml.cut(row.need().name(), 56));
        body.add("<g class=\"need\"><rect x=\"" + NEED_X + "\" y=\"" + top + "\" width=\"" + NEED_W + "\" height=\""
                + height + "\" rx=\"6\" fill=\"" + (row.gap() ? "url(#gap)" : "#e8f0fb") + "\" stroke=\"#1d3f72\""
                + " stroke-width=\"" + (row.gap() ? 3 : 1.5) + "\"/>"
                + "<text x=\"" + (NEED_X + 10) + "\" y=\"" + (top + 18) + "\" font-weight=\"bold\">" + need + "</text>"
                + (row.gap() ? "<text x=\"" + (NEED_X + 10) + "\" y=\"" + (top + 36) + "\" font-weight=\"bold\">"
                        + "GAP: no supported tool</text>" : "")
                + about(row, top + (row.gap() ? 54 : 36), top + height)
                + "</g>\n");
        for (int i = 0; i < row.tools().size(); i++) {
            body.add(tool(row.tools().get(i), toolTops.get(i), top + Math.min(height, 40) / 2));
        }
        if (row.tools().isEmpty()) {
            body.add("<text x=\"" + TOOL_X + "\" y=\"" + (top + 18) + "\" font-style=\"italic\">No tool in the catalogue"
                    + " yet</text>\n");
            y += ROW;
        }
        return Math.max(y, top + height + 4) + 14;
    }

    /** The need's description, wrapped into the lines its box has room for. */
    private static String about(NeedMap.Row row, int first, int bottom) {
        StringBuilder lines = new StringBuilder();
        int y = first;
        StringBuilder line = new StringBuilder();
        for (String word : (row.need().about() == null ? "" : row.need().about().strip()).split("\\s+")) {
            if (line.length() + word.length() + 1 > ABOUT_CHARS) {
                if (y + 15 > bottom) {
                    return lines.toString();
                }
                lines.append(aboutLine(line.toString(), y));
                y += 15;
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty() && y + 4 <= bottom) {
            lines.append(aboutLine(line.toString(), y));
        }
        return lines.toString();
    }

    private static String aboutLine(String text, int y) {
        return "<text x=\"" + (NEED_X + 10) + "\" y=\"" + y + "\" font-size=\"11\" fill=\"#333333\">" + Xml.escape(text)
                + "</text>";
    }

    private static String tool(Tool tool, int top, int needMiddle) {
        String dash = switch (tool.support()) {
            case SUPPORTED -> "";
            case PILOT -> " stroke-dasharray=\"8 4\"";
            case NOT_SUPPORTED -> " stroke-dasharray=\"2 3\"";
        };
        String fill = switch (tool.support()) {
            case SUPPORTED -> "#e6f4ea";
            case PILOT -> "#fff4d6";
            case NOT_SUPPORTED -> "#eeeeee";
        };
        String label = Xml.escape(Xml.cut(tool.name(), 30) + " (" + tool.support().label() + ")");
        int middle = top + (ROW - 6) / 2;
        return "<g class=\"tool\"><path d=\"M" + (NEED_X + NEED_W) + " " + needMiddle + " C" + (TOOL_X - 30) + " "
                + needMiddle + " " + (NEED_X + NEED_W + 30) + " " + middle + " " + TOOL_X + " " + middle
                + "\" fill=\"none\" stroke=\"#555555\"" + dash + "/>"
                + "<rect x=\"" + TOOL_X + "\" y=\"" + top + "\" width=\"" + TOOL_W + "\" height=\"" + (ROW - 6)
                + "\" rx=\"4\" fill=\"" + fill + "\" stroke=\"#222222\" stroke-width=\"1.5\"" + dash + "/>"
                + link(tool.url(), "<text x=\"" + (TOOL_X + 8) + "\" y=\"" + (top + 16) + "\">" + label + "</text>")
                + "</g>\n";
    }

    /** One line per guide and case study, each a link where it has an http(s) address. */
    private static List<String> resources(Tool tool) {
        List<String> lines = new ArrayList<>();
        for (Guide guide : tool.guides()) {
            String text = Xml.escape(Xml.cut(capitalised(guide.label()) + ": " + guide.title(), 74));
            lines.add(link(guide.url(), "<tspan>" + text + "</tspan>"));
        }
        for (CaseStudy study : tool.caseStudies()) {
            String text = Xml.escape(Xml.cut("A colleague's story: " + study.title(), 74));
            lines.add(link(study.url(), "<tspan>" + text + "</tspan>"));
        }
        return lines.isEmpty() ? List.of("No guides yet") : lines;
    }

    private static String summary(Tool tool) {
        List<String> parts = new ArrayList<>(tool.guides().stream().map(Guide::label).distinct().toList());
        if (!tool.caseStudies().isEmpty()) {
            parts.add(tool.caseStudies().size() + (tool.caseStudies().size() == 1 ? " case study" : " case studies"));
        }
        return Xml.escape(Xml.cut(String.join(" \u00b7 ", parts), 74));
    }

    private static String link(String url, String content) {
        return WebLinks.isWebLink(url) ? "<a href=\"" + Xml.escape(url) + "\" text-decoration=\"underline\">" + content
                + "</a>" : content;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static final String DEFS = "<defs><pattern id=\"gap\" width=\"8\" height=\"8\" "
            + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" "
            + "fill=\"#fdecea\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#c0392b\" stroke-width=\"2\"/>"
            + "</pattern></defs>\n";
}
