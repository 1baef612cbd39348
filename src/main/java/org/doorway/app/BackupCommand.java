package org.doorway.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.doorway.config.DatabaseSettings;
import org.doorway.config.Settings;
import org.doorway.store.SqliteBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code backup FILE} and {@code restore FILE}: a consistent copy of the SQLite
 * database and its inbox file, taken while Doorway serves; and putting one
 * back into an empty place. PostgreSQL is backed up with its own tools.
 */
final class BackupCommand {
    static final String POSTGRES = "Doorway is on PostgreSQL: back it up with pg_dump (for example "
            + "pg_dump --format=custom --file=doorway.dump doorway) and restore with pg_restore; see docs/operations.md";

    private BackupCommand() {}

    /** The database settings, said on standard error; fails with exit code 2 when they have problems. */
    static DatabaseSettings database(DoorwaySubcommand command) {
        Settings.Loaded loaded = Settings.load(command.environment.variables());
        if (!loaded.ok()) {
            throw new ConfigurationProblems(loaded.problems());
        }
        DatabaseSettings database = loaded.settings().database();
        command.err().println("Database: " + database.redactedUrl());
        return database;
    }

    /** The SQLite database the command works on; empty, with the PostgreSQL way said, on PostgreSQL. */
    private static Optional<DatabaseSettings> sqlite(DoorwaySubcommand command) {
        DatabaseSettings database = database(command);
        if (database.kind() == DatabaseSettings.Kind.POSTGRESQL) {
            command.err().println(POSTGRES);
            return Optional.empty();
        }
        return Optional.of(database);
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent copy of the SQLite database (and its inbox file, beside FILE) while "
                    + "Doorway keeps serving.")
    static final class Backup extends DoorwaySubcommand {
        @Parameters(paramLabel = "FILE", description = "the new backup file, such as backups/doorway-2026-12-03.db")
        Path file;

        Backup(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            Optional<DatabaseSettings> sqlite = sqlite(this);
            if (sqlite.isEmpty()) {
                return ExitCodes.CONFIGURATION;
            }
            DatabaseSettings database = sqlite.get();
            List<Path> written = SqliteBackup.backup(database, file.toAbsolutePath());
            written.forEach(path -> out().println("Backed up into " + path));
            out().println("Keep these files together; restore them with: bin/doorway restore " + file);
            return ExitCodes.OK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Put a backup (and its inbox file) where DATABASE_URL / DOORWAY_HOME say, which must be "
                    + "empty; start Doorway on it afterwards.")
    static final class Restore extends DoorwaySubcommand {
        @Parameters(paramLabel = "FILE", description = "the backup file that 'backup' wrote")
        Path file;

        Restore(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            Optional<DatabaseSettings> sqlite = sqlite(this);
            if (sqlite.isEmpty()) {
                return ExitCodes.CONFIGURATION;
            }
            DatabaseSettings database = sqlite.get();
            List<Path> written = SqliteBackup.restore(file.toAbsolutePath(), database);
            written.forEach(path -> out().println("Restored " + path));
            try (Doorway doorway = Doorway.open(environment.variables())) {
                out().println("The restored database opens and is up to date; start Doorway on it.");
            }
            return ExitCodes.OK;
        }
    }
}
