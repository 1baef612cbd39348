package org.doorway.store;

import java.nio.file.Path;
import org.doorway.catalogue.CatalogueStore;
import org.doorway.catalogue.NeedsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteCatalogueTest extends CatalogueStoreContract {
    @TempDir
    Path directory;
    private CatalogueStore store;
    private Database jdbi;

    @BeforeEach
    void migrate() {
        jdbi = TestDatabases.sqlite(directory);
        store = new JdbiCatalogue(jdbi, NeedsFixture.vocabulary());
    }

    @Override
    CatalogueStore store() {
        return store;
    }

    @Override
    Database jdbi() {
        return jdbi;
    }
}
