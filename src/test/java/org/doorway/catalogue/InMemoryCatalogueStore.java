package org.doorway.catalogue;

import java.util.List;

/** A store fake that counts loads, for cache tests. Thread-safe by locking. */
public final class InMemoryCatalogueStore implements CatalogueStore {
    private Catalogue catalogue = new Catalogue(NeedsFixture.vocabulary(), List.of());
    private long revision;
    private int loads;

    @Override
    public synchronized Catalogue load() {
        loads++;
        return catalogue;
    }

    @Override
    public synchronized CatalogueChange replace(Catalogue next) {
        CatalogueChange change = CatalogueDiff.between(catalogue.tools(), next.tools());
        catalogue = new Catalogue(catalogue.needs(), next.tools());
        if (!change.isEmpty()) {
            revision++;
        }
        return change;
    }

    @Override
    public synchronized long revision() {
        return revision;
    }

    public synchronized int loads() {
        return loads;
    }
}
