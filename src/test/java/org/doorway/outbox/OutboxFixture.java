package org.doorway.outbox;

import java.nio.file.Path;
import java.util.Optional;
import org.doorway.config.DatabaseSettings;
import org.doorway.store.Database;
import org.doorway.store.Migrations;

/** Shared builders for outbox and adapter tests: a migrated SQLite file database. */
public final class OutboxFixture {
    private OutboxFixture() {}

    public static Database migratedSqlite(Path folder) {
        Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + folder.resolve("doorway.db"),
                Optional.empty(), Optional.empty(), 4));
        Migrations.migrate(database);
        return database;
    }

    public static long count(Database database, String sql) {
        return database.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
