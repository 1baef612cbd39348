package org.doorway.resources.svg;

import java.util.ArrayList;
import java.util.List;
import org.doorway.catalogue.Tool;
import org.doorway.resources.NeedMap;

/** The map in words, for the SVG's description: what a screen reader says instead of the picture. */
final class TextAlternative {
    private TextAlternative() {}

    static String of(NeedMap map) {
        List<String> sentences = new ArrayList<>();
        for (NeedMap.Row row : map.rows()) {
            String tools = row.tools().isEmpty() ? "no tool yet"
                    : String.join(", ", row.tools().stream().map(TextAlternative::tool).toList());
            sentences.add(row.need().name() + ": " + tools + (row.gap() ? " (gap: no supported tool)." : "."));
        }
        if (!map.detailed()) {
            sentences.add(map.gaps().isEmpty() ? "Every need has a supported tool."
                    : map.gaps().size() + " of " + map.rows().size() + " needs have no supported tool.");
        }
        return String.join(" ", sentences);
    }

    private static String tool(Tool tool) {
        return tool.name() + " (" + tool.support().label() + ", " + tool.guides().size()
                + (tool.guides().size() == 1 ? " guide" : " guides")
                + (tool.caseStudies().isEmpty() ? "" : ", " + tool.caseStudies().size() + " case "
                        + (tool.caseStudies().size() == 1 ? "study" : "studies")) + ")";
    }
}
