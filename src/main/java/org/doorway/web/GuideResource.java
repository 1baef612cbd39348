package org.doorway.web;

import java.util.Map;
import java.util.Optional;
import org.doorway.catalogue.CatalogueSnapshot;
import org.doorway.catalogue.Tool;
import org.doorway.resources.GuidePages;
import org.doorway.resources.pdf.GuidePdf;
import org.doorway.resources.pdf.Paper;

/** {@code /guides/{tool-id}.pdf[?paper=letter]}: a tool's one-page printable guide. */
public final class GuideResource implements PublicResource {
    private final GuidePages pages = new GuidePages();
    private final GuidePdf pdf = new GuidePdf();

    @Override
    public Made make(String path, Map<String, String> query, CatalogueSnapshot snapshot) {
        String toolId = path.startsWith("/") && path.endsWith(".pdf") ? path.substring(1, path.length() - 4) : "";
        Optional<Tool> tool = snapshot.catalogue().tool(toolId);
        if (tool.isEmpty()) {
            return new Made.Missing("There is no printable guide here: the catalogue has no such tool. Guides are at "
                    + "/guides/TOOL-ID.pdf.");
        }
        Optional<Paper> paper = query.containsKey("paper") ? Paper.parse(query.get("paper")) : Optional.of(Paper.A4);
        if (paper.isEmpty()) {
            return new Made.Missing("Paper sizes are a4 (the default) and letter, as in ?paper=letter.");
        }
        return new Made.Found("application/pdf", pdf.write(pages.of(tool.get(), snapshot.catalogue()), paper.get()),
                toolId + ".pdf");
    }
}
