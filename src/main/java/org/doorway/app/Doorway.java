package org.doorway.app;

import java.time.Clock;
import java.util.Map;
import org.doorway.config.Settings;
import org.doorway.store.Database;
import org.doorway.store.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Doorway wired by hand: the settings, the migrated database and every
 * feature built on them. Commands open one, use what they need and close it.
 */
final class Doorway implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Doorway.class);

    final Settings settings;
    final Clock clock;
    final Database database;

    private Doorway(Settings settings, Clock clock, Database database) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
    }

    /** Reads the environment, opens and migrates the database; exits early with every configuration problem. */
    static Doorway open(Map<String, String> environment) {
        Settings.Loaded loaded = Settings.load(environment);
        if (!loaded.ok()) {
            throw new ConfigurationProblems(loaded.problems());
        }
        Settings settings = loaded.settings();
        Database database = Database.open(settings.database());
        try {
            int ran = Migrations.migrate(database);
            if (ran > 0) {
                log.info("Database {} migrated ({} migrations)", settings.database().redactedUrl(), ran);
            }
            return new Doorway(settings, Clock.systemUTC(), database);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
