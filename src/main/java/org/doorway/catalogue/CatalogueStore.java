package org.doorway.catalogue;

/** Where the catalogue lives. Implementations are thread-safe. */
public interface CatalogueStore {

    /** The whole catalogue as stored now. */
    Catalogue load();

    /** Replaces the whole catalogue in one transaction and says what changed. */
    CatalogueChange replace(Catalogue next);

    /**
     * A counter that grows whenever {@link #replace} changes something,
     * whichever instance did it; cheap to read, so caches poll it to notice
     * other instances' imports. 0 means the catalogue was never written.
     */
    long revision();
}
