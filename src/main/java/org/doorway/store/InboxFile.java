package org.doorway.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.doorway.config.DatabaseSettings;
import org.doorway.inbox.InboundEvent;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox in a SQLite file of its own beside the main database ({@code
 * doorway.db} keeps it in {@code doorway-inbox.db}), so recording an event
 * before its ack never waits for a conversation's transaction: SQLite lets
 * one writer at a time into each file.
 *
 * <p>Recording, de-duplication and the waiting work live in the file. The mark
 * that a durable event was answered lives in the main database ({@code
 * handled_events}), written in the answer's unit of work, so the answer and
 * the mark commit together, once. After that unit commits, the mark is copied
 * into the file, off the ack path, when the redelivery job next looks for
 * waiting events ({@link #pending}), which also finds the marks a crash left
 * uncopied before it offers an event again. Thread-safe.
 */
public final class InboxFile implements StoredInbox {
    private static final Logger log = LoggerFactory.getLogger(InboxFile.class);
    /** The most marks copied into the file in one write. */
    private static final int COPY_BATCH = 2_000;
    /** Keys asked about in one query: forgetting may ask about every old waiting event, and statements stay small. */
    private static final int KEYS_PER_QUERY = 500;

    private final Database file;
    private final JdbiInboundEvents events;
    private final Database main;
    private final Clock clock;
    private final Queue<String> answered = new ConcurrentLinkedQueue<>();

    InboxFile(Database file, Database main, Clock clock) {
        this.file = file;
        this.events = new JdbiInboundEvents(file);
        this.main = main;
        this.clock = clock;
    }

    /**
     * Where the inbox file of a SQLite database in a file goes: beside it,
     * {@code -inbox} added to its name. Empty for PostgreSQL and for SQLite
     * in memory, whose inbox stays in the main database.
     */
    public static Optional<Path> location(DatabaseSettings settings) {
        if (settings.kind() != DatabaseSettings.Kind.SQLITE) {
            return Optional.empty();
        }
        String location = settings.url().substring("jdbc:sqlite:".length());
        String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return Optional.empty();
        }
        Path database = Path.of(path);
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String inboxName = dot > 0 ? name.substring(0, dot) + "-inbox" + name.substring(dot) : name + "-inbox";
        return Optional.of(database.resolveSibling(inboxName));
    }

    /** Opens (creating and migrating if need be) the inbox file {@code path} for the main database {@code main}. */
    static InboxFile open(Path path, Database main) {
        Database file = Database.open(new DatabaseSettings("jdbc:sqlite:" + path, Optional.empty(), Optional.empty(),
                main.settings().poolSize()), "doorway-inbox");
        try {
            Migrations.migrateInboxFile(file);
            moveEarlierEvents(main, file, path);
            return new InboxFile(file, main, Clock.systemUTC());
        } catch (RuntimeException failure) {
            file.close();
            throw failure;
        }
    }

    /**
     * Before the inbox had a file of its own its events were kept in the main
     * file: they move here (once, and again harmlessly after a crash half-way),
     * so that a message acked just before an upgrade is still answered and a
     * retry across it is still known.
     */
    private static void moveEarlierEvents(Database main, Database file, Path path) {
        List<Map<String, Object>> earlier = main.withHandle(handle -> handle.createQuery(
                "SELECT event_key, received_at, work, handled_at FROM processed_events").mapToMap().list());
        if (earlier.isEmpty()) {
            return;
        }
        file.run(() -> file.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO processed_events (event_key, received_at, work, handled_at)
                    VALUES (:event_key, :received_at, :work, :handled_at)
                    ON CONFLICT (event_key) DO UPDATE
                    SET handled_at = COALESCE(processed_events.handled_at, excluded.handled_at)""");
            earlier.forEach(row -> batch.bind("event_key", (String) row.get("event_key"))
                    .bind("received_at", ((Number) row.get("received_at")).longValue())
                    .bindByType("work", row.get("work"), String.class)
                    .bindByType("handled_at", row.get("handled_at") == null ? null
                            : ((Number) row.get("handled_at")).longValue(), Long.class)
                    .add());
            batch.execute();
        }));
        main.run(() -> main.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("DELETE FROM processed_events WHERE event_key = :event_key");
            earlier.forEach(row -> batch.bind("event_key", (String) row.get("event_key")).add());
            batch.execute();
        }));
        log.info("Moved {} inbound events from the database into its inbox file {}", earlier.size(), path);
    }

    @Override
    public List<Boolean> recordAll(List<InboundEvent> events) {
        return this.events.recordAll(events);
    }

    /**
     * Joins the caller's unit of work on the main database: true for the one
     * caller that finds the event still waiting and is first to mark it there.
     */
    @Override
    public boolean markHandled(String key, Instant at) {
        if (!events.waiting(key)) {
            return false;
        }
        boolean first = main.inTransaction(() -> main.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO handled_events (event_key, handled_at) VALUES (:key, :at)
                        ON CONFLICT (event_key) DO NOTHING""")
                .bind("key", key)
                .bind("at", at.toEpochMilli())
                .execute())) == 1;
        if (first) {
            main.afterCommit(() -> answered.add(key));
        }
        return first;
    }

    /**
     * Waiting events, without those the main database says were answered
     * (their marks are copied into the file on the way, so they are not
     * offered again).
     */
    @Override
    public List<InboundEvent> pending(String keyPrefix, Instant receivedBefore, int limit) {
        copyAnswered();
        while (true) {
            List<InboundEvent> waiting = events.pending(keyPrefix, receivedBefore, limit);
            Set<String> handled = handledOf(waiting);
            if (handled.isEmpty()) {
                return waiting;
            }
            copyMarks(List.copyOf(handled));
            List<InboundEvent> unanswered = waiting.stream().filter(event -> !handled.contains(event.key())).toList();
            if (!unanswered.isEmpty() || waiting.size() < limit) {
                return unanswered;
            }
        }
    }

    /** The answer's mark goes from the main file first, so that {@link #pending} does not copy it back. */
    @Override
    public void reopen(String key, Instant receivedAt, String work) {
        answered.remove(key);
        main.run(() -> main.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM handled_events WHERE event_key = :key")
                .bind("key", key)
                .execute()));
        events.reopen(key, receivedAt, work);
    }

    @Override
    public int forgetBefore(Instant cutOff) {
        // Copy every mark an old waiting event still needs before the marks go: else it would be answered again.
        pending("", cutOff, Integer.MAX_VALUE);
        main.run(() -> main.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM handled_events WHERE handled_at < :cutOff")
                .bind("cutOff", cutOff.toEpochMilli())
                .execute()));
        return events.forgetBefore(cutOff);
    }

    @Override
    public void close() {
        try {
            copyAnswered();
        } finally {
            file.close();
        }
    }

    /** The keys among {@code waiting} that the main database has marks for, asked a page at a time. */
    private Set<String> handledOf(List<InboundEvent> waiting) {
        List<String> keys = waiting.stream().map(InboundEvent::key).toList();
        Set<String> handled = new HashSet<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<String> page = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
            handled.addAll(main.withHandle(handle -> handle.createQuery(
                            "SELECT event_key FROM handled_events WHERE event_key IN (<keys>)")
                    .bindList("keys", page)
                    .mapTo(String.class)
                    .set()));
        }
        return handled;
    }

    /**
     * Copies the marks of answers committed so far into the file, once the
     * main file has them on disk: both files sync lazily (WAL, synchronous
     * NORMAL), and a copy that outlived its answer in a power cut would hide
     * an unanswered event for good. A checkpoint syncs the main file's log.
     */
    private void copyAnswered() {
        List<String> copying = new ArrayList<>();
        for (String key = answered.poll(); key != null; key = answered.poll()) {
            copying.add(key);
        }
        copyMarks(copying);
    }

    /** Marks {@code keys} handled in the file, after a checkpoint has put the main file's marks on disk. */
    private void copyMarks(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        main.useHandle(handle -> handle.createQuery("PRAGMA wal_checkpoint(PASSIVE)").mapToMap().list());
        for (int from = 0; from < keys.size(); from += COPY_BATCH) {
            events.markAllHandled(keys.subList(from, Math.min(keys.size(), from + COPY_BATCH)), clock.instant());
        }
    }

}
