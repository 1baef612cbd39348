package org.doorway.web.admin;

import java.util.List;

/** The drafts waiting for review, oldest first. */
public record ReviewList(List<Row> rows, String notice) {
    public ReviewList {
        rows = List.copyOf(rows);
    }

    /** One draft as listed. */
    public record Row(long draftId, String toolName, String toolId, boolean newTool, String editor, String savedAt,
            int changes) {}
}
