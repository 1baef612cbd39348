package org.doorway.web.admin;

import java.util.List;
import org.doorway.admin.EntryDiff;

/**
 * One draft under review: what it changes against the published entry, who
 * saved it and when, and what the signed-in person may do with it
 * ({@code whyNot} says why they may not approve, empty when they may).
 */
public record ReviewPage(long draftId, String toolId, String toolName, boolean newTool, String editor, String savedAt,
        List<EntryDiff.Change> changes, boolean mayApprove, boolean mayReject, String whyNot, String notice,
        List<String> problems) {
    public ReviewPage {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }
}
