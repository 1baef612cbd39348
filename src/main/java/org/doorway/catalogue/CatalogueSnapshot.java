package org.doorway.catalogue;

/**
 * The catalogue as read at one store revision, with its index. The revision
 * was read before the catalogue, so the content is at least that new.
 * Immutable and thread-safe.
 */
public record CatalogueSnapshot(long revision, CatalogueIndex index) {

    public Catalogue catalogue() {
        return index.catalogue();
    }
}
