package org.doorway.catalogue;

import java.time.LocalDate;

/**
 * The catalogue as read at one store revision, with its index for
 * {@code day} (tools whose dates ended before it are no candidates). The
 * revision was read before the catalogue, so the content is at least that
 * new. Immutable and thread-safe.
 */
public record CatalogueSnapshot(long revision, LocalDate day, CatalogueIndex index) {

    public Catalogue catalogue() {
        return index.catalogue();
    }
}
