package org.doorway.catalogue;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads the default catalogue into a store that has none, so every command
 * works on a fresh database. Safe to run on every start and from several
 * instances at once: the store serialises replaces, and a second seeding finds
 * the tools already there and changes nothing.
 */
public final class CatalogueSeeder {
    private final CatalogueStore store;
    private final Supplier<Catalogue> defaults;

    public CatalogueSeeder(CatalogueStore store, Supplier<Catalogue> defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    /** The bundled default catalogue as the seed. */
    public static CatalogueSeeder withDefaults(CatalogueStore store, CatalogueYaml yaml) {
        return new CatalogueSeeder(store, () -> DefaultCatalogue.load(yaml));
    }

    /** Seeds when the store holds no tools; says what was added, or empty when there was nothing to do. */
    public Optional<CatalogueChange> seedIfEmpty() {
        if (!store.load().tools().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.replace(defaults.get()));
    }
}
