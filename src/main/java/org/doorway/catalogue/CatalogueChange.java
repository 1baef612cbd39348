package org.doorway.catalogue;

import java.util.List;

/** What an import did, by tool id. */
public record CatalogueChange(List<String> added, List<String> changed, List<String> removed) {
    public CatalogueChange {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static CatalogueChange none() {
        return new CatalogueChange(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** For people: {@code added: x, y; changed: z; removed: —}. */
    public String describe() {
        return "added: " + ids(added) + "; changed: " + ids(changed) + "; removed: " + ids(removed);
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }
}
