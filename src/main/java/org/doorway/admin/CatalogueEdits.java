package org.doorway.admin;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.doorway.catalogue.Tool;

/**
 * Changes to the stored catalogue made one entry at a time. {@link #locked}
 * runs its work in one transaction that holds the catalogue's write lock, so
 * a read-check-write inside it cannot lose another editor's change; when it
 * commits, this instance's catalogue cache is refreshed at once. The reads
 * and the write touch one entry (and the ids), never the whole catalogue, so
 * a publish stays quick with thousands of tools. Implementations are
 * thread-safe.
 */
public interface CatalogueEdits {
    <T> T locked(Supplier<T> work);

    /** The entry as committed (inside {@link #locked}: as locked). */
    Optional<Tool> tool(String id);

    /** Every tool id in the catalogue. */
    Set<String> ids();

    /** Replaces the entry with the same id, or adds it at the end; inside {@link #locked}. */
    void put(Tool tool);
}
