package org.doorway.web.admin;

import java.util.List;
import org.doorway.admin.EntryDiff;

/**
 * An entry's published versions, newest first, each with what it changed
 * against the one before; admins may restore any but the live one.
 */
public record HistoryPage(String toolId, String toolName, List<Shown> versions, boolean canRestore, String notice,
        List<String> problems) {
    public HistoryPage {
        versions = List.copyOf(versions);
        problems = List.copyOf(problems);
    }

    /** One version as shown. */
    public record Shown(int number, String how, String who, String at, List<EntryDiff.Change> changes, boolean live) {}
}
