package org.doorway.handoff.roster;

import java.util.List;

/** What an import did, by name: who joined, whose entry changed, who left. */
public record RosterChanges(List<String> added, List<String> changed, List<String> removed) {
    public RosterChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** "2 added (…), 1 changed (…), 0 removed" */
    @Override
    public String toString() {
        return part(added, "added") + ", " + part(changed, "changed") + ", " + part(removed, "removed");
    }

    private static String part(List<String> names, String what) {
        return names.size() + " " + what + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
    }
}
