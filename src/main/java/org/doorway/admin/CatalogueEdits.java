package org.doorway.admin;

import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;

/**
 * Changes to the stored catalogue made one entry at a time. {@link #locked}
 * runs its work in one transaction that holds the catalogue's write lock, so
 * a read-check-write inside it cannot lose another editor's change; when it
 * commits, this instance's catalogue cache is refreshed at once.
 * Implementations are thread-safe.
 */
public interface CatalogueEdits {
    <T> T locked(Supplier<T> work);

    /** The catalogue as committed (inside {@link #locked}: as locked). */
    Catalogue current();

    /** Replaces the whole catalogue; inside {@link #locked}. */
    void replace(Catalogue next);
}
