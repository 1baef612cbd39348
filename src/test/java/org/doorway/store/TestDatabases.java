package org.doorway.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.doorway.config.DatabaseSettings;

/**
 * Fresh, migrated databases for tests: SQLite always, and PostgreSQL when the
 * system property {@code doorway.test.postgres} holds a JDBC URL (CI sets it).
 * Each PostgreSQL database is a new schema, so tests never see each other's rows.
 */
public final class TestDatabases {
    public static final String POSTGRES_PROPERTY = "doorway.test.postgres";

    private TestDatabases() {}

    /** A migrated SQLite database in {@code folder}. */
    public static Database sqlite(Path folder) {
        Database database = Database.open(settings("jdbc:sqlite:" + folder.resolve("test-" + UUID.randomUUID() + ".db")));
        Migrations.migrate(database);
        return database;
    }

    /** The PostgreSQL URL CI gave, if any. */
    public static Optional<String> postgresUrl() {
        String url = System.getProperty(POSTGRES_PROPERTY, "");
        return url.isBlank() || url.startsWith("${") ? Optional.empty() : Optional.of(url);
    }

    /** A migrated PostgreSQL database in a schema of its own. */
    public static Database postgres(String baseUrl) {
        Database database = Database.open(settings(freshSchema(baseUrl)));
        Migrations.migrate(database);
        return database;
    }

    /** The URL of a new, empty schema on the PostgreSQL at {@code baseUrl}, for a Doorway started with DATABASE_URL. */
    public static String freshSchema(String baseUrl) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(baseUrl)) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create a test schema on " + baseUrl + ": " + failure.getMessage(),
                    failure);
        }
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Every database kind available here: a name for the test display and a factory. */
    public static List<Kind> all(Path folder) {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("sqlite", () -> sqlite(folder)));
        postgresUrl().ifPresent(url -> kinds.add(new Kind("postgresql", () -> postgres(url))));
        return kinds;
    }

    /**
     * Every database kind available here as a {@link Place}: a new SQLite file in {@code folder} named after
     * {@code prefix}, and a new PostgreSQL schema when CI gave one. For a test parameter source.
     */
    public static Stream<Place> places(Path folder, String prefix) {
        Stream.Builder<Place> places = Stream.builder();
        places.add(new Place("sqlite", "jdbc:sqlite:" + folder.resolve(prefix + "-" + UUID.randomUUID() + ".db")));
        postgresUrl().ifPresent(url -> places.add(new Place("postgresql", freshSchema(url))));
        return places.build();
    }

    /** One database that can be opened again and again, as after a restart or by a second instance. */
    public record Place(String name, String url) {
        /** A new pool on this database, migrated. */
        public Database open() {
            Database database = Database.open(settings(url));
            Migrations.migrate(database);
            return database;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A named way to open a fresh database. */
    public record Kind(String name, Supplier<Database> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static DatabaseSettings settings(String url) {
        return new DatabaseSettings(url, Optional.empty(), Optional.empty(), 8);
    }
}
