package org.doorway.store;

import org.doorway.catalogue.CatalogueStore;
import org.doorway.catalogue.NeedsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs when DOORWAY_TEST_POSTGRES names a PostgreSQL, e.g. jdbc:postgresql://localhost:5432/doorway?user=doorway. */
@EnabledIfSystemProperty(named = "doorway.test.postgres", matches = "jdbc:postgresql:.*")
class PostgresCatalogueTest extends CatalogueStoreContract {
    private CatalogueStore store;
    private Database jdbi;

    @BeforeEach
    void migrate() {
        jdbi = TestDatabases.postgres(TestDatabases.postgresUrl().orElseThrow());
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
