package org.doorway.catalogue;

import java.util.List;

/** What an import did, by tool id. */
public record CatalogueChange(List<String> added, List<String> changed, List<String> removed) {
    public CatalogueChange {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
