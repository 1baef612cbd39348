package org.doorway.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Real databases for store tests: a migrated SQLite file per test, and the
 * PostgreSQL named by {@code -Ddoorway.test.postgres=jdbc:postgresql://...}
 * (from DOORWAY_TEST_POSTGRES) when there is one. Until the main engineer's
 * {@code Database} lands this migrates with Flyway directly.
 */
final class TestDatabases {
    private TestDatabases() {}

    static Jdbi sqlite(Path directory) {
        String url = "jdbc:sqlite:" + directory.resolve("doorway.db");
        migrate(url, null, null);
        return Jdbi.create(url);
    }

    static String postgresUrl() {
        String url = System.getProperty("doorway.test.postgres", "");
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    /** A migrated, empty schema of its own on the test PostgreSQL, so tests never see each other's rows. */
    static Jdbi postgres() {
        String base = postgresUrl();
        String schema = "t" + Long.toHexString(System.nanoTime());
        Jdbi.create(base).useHandle(handle -> handle.execute("CREATE SCHEMA " + schema));
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        migrate(url, null, null);
        return Jdbi.create(url);
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("doorway-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void migrate(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }
}
