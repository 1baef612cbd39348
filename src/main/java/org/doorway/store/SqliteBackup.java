package org.doorway.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.config.DatabaseSettings;

/**
 * Online backups of a SQLite database and its inbox file, and restoring one
 * into an empty place. {@code VACUUM INTO} writes a consistent snapshot of a
 * live database (WAL lets it read while Doorway writes), so a backup needs no
 * stop. The inbox file is copied first and the main file second: every event
 * acked before the backup began is then in the copy, and an answer in the
 * main copy is never missing its event, so a restored Doorway answers each
 * acked event that was not yet answered, once.
 */
public final class SqliteBackup {
    private SqliteBackup() {}

    /** The files written: the main database at {@code target}, then its inbox file beside it when there is one. */
    public static List<Path> backup(DatabaseSettings settings, Path target) {
        Path main = file(settings);
        if (!Files.isRegularFile(main)) {
            throw new DoorwayException("there is no database at " + main.toAbsolutePath() + " to back up: set "
                    + "DOORWAY_HOME (or DATABASE_URL) as Doorway's service has it, e.g. DOORWAY_HOME=/var/lib/doorway");
        }
        Optional<Path> inbox = InboxFile.location(settings).filter(Files::exists);
        Path targetInbox = inboxBeside(target);
        refuseExisting(target);
        refuseExisting(targetInbox);
        List<Path> written = new ArrayList<>();
        inbox.ifPresent(file -> {
            vacuumInto(file, targetInbox);
            written.add(targetInbox);
        });
        vacuumInto(main, target);
        written.add(0, target);
        return written;
    }

    /** Copies a backup into the database's place, which must be empty; returns the files written. */
    public static List<Path> restore(Path backup, DatabaseSettings settings) {
        if (!Files.isRegularFile(backup)) {
            throw new DoorwayException("there is no backup at " + backup + ": give the file 'backup' wrote");
        }
        Path main = file(settings);
        Path inbox = InboxFile.location(settings).orElseThrow();
        for (Path existing : List.of(main, inbox, Path.of(main + "-wal"), Path.of(inbox + "-wal"))) {
            if (Files.exists(existing)) {
                throw new DoorwayException("refusing to restore over " + existing + ": restore into an empty place "
                        + "(point DATABASE_URL or DOORWAY_HOME at a new folder), or move the existing files away first");
            }
        }
        List<Path> written = new ArrayList<>(List.of(main));
        copy(backup, main);
        Path backupInbox = inboxBeside(backup);
        if (Files.exists(backupInbox)) {
            copy(backupInbox, inbox);
            written.add(inbox);
        }
        return written;
    }

    /** Where the inbox file of a database file at {@code path} goes (and its backup's inbox beside a backup). */
    public static Path inboxBeside(Path path) {
        return InboxFile.location(sqlite(path)).orElseThrow();
    }

    private static void vacuumInto(Path source, Path target) {
        try (Database database = Database.open(sqlite(source), "doorway-backup")) {
            database.useHandle(handle -> handle.execute("VACUUM INTO ?", target.toString()));
        } catch (RuntimeException failure) {
            throw new DoorwayException("could not back up " + source + " into " + target + ": " + failure.getMessage()
                    + ". Check there is room and that the folder is writable", failure);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException failure) {
            throw new DoorwayException("could not copy " + from + " to " + to + ": " + failure.getMessage(), failure);
        }
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target)) {
            throw new DoorwayException("refusing to overwrite " + target + ": choose a new backup file name");
        }
    }

    private static Path file(DatabaseSettings settings) {
        String location = settings.url().substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        return Path.of(query >= 0 ? location.substring(0, query) : location);
    }

    private static DatabaseSettings sqlite(Path path) {
        return new DatabaseSettings("jdbc:sqlite:" + path.toAbsolutePath(), Optional.empty(), Optional.empty(), 1);
    }
}
