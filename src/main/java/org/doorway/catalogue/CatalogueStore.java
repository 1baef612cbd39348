package org.doorway.catalogue;

/** Where the catalogue lives. Implementations are thread-safe. */
public interface CatalogueStore {

    /** The whole catalogue as stored now. */
    Catalogue load();

    /** Replaces the whole catalogue in one transaction and says what changed. */
    CatalogueChange replace(Catalogue next);
}
