package org.doorway.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.doorway.inbox.InboundEvent;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The inbox as the {@code processed_events} table. De-duplication is its
 * primary key: the insert that wins is the first. An event without work is
 * stored as handled at once; a durable one stays pending until {@link
 * #markHandled}, whose WHERE re-checks that it is still pending, so two
 * instances racing for it cannot both win (PostgreSQL re-evaluates it on the
 * locked row; SQLite has one writer). Used on PostgreSQL, and on a SQLite
 * database kept in memory.
 */
public final class JdbiInboundEvents implements StoredInbox {
    private final Database database;

    public JdbiInboundEvents(Database database) {
        this.database = database;
    }

    @Override
    public List<Boolean> recordAll(List<InboundEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(() -> database.withHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO processed_events (event_key, received_at, work, handled_at)
                    VALUES (:key, :at, :work, :handled)
                    ON CONFLICT (event_key) DO NOTHING""");
            for (InboundEvent event : events) {
                long at = event.receivedAt().toEpochMilli();
                batch.bind("key", event.key()).bind("at", at).bind("work", event.work().orElse(null))
                        .bind("handled", event.work().isPresent() ? null : at).add();
            }
            int[] inserted = batch.execute();
            List<Boolean> first = new ArrayList<>(inserted.length);
            for (int count : inserted) {
                first.add(count == 1);
            }
            return first;
        }));
    }

    @Override
    public boolean markHandled(String key, Instant at) {
        return database.inTransaction(() -> database.withHandle(handle -> handle.createUpdate("""
                        UPDATE processed_events SET handled_at = :at
                        WHERE event_key = :key AND handled_at IS NULL""")
                .bind("at", at.toEpochMilli())
                .bind("key", key)
                .execute())) == 1;
    }

    /**
     * Marks events handled outside any answer's unit of work: used where the
     * answer's mark is kept elsewhere ({@link InboxFile}) and only copied here.
     */
    void markAllHandled(Collection<String> keys, Instant at) {
        if (keys.isEmpty()) {
            return;
        }
        database.run(() -> database.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    UPDATE processed_events SET handled_at = :at
                    WHERE event_key = :key AND handled_at IS NULL""");
            keys.forEach(key -> batch.bind("at", at.toEpochMilli()).bind("key", key).add());
            batch.execute();
        }));
    }

    /** True while the durable event {@code key} waits for its answer here. */
    boolean waiting(String key) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM processed_events
                        WHERE event_key = :key AND handled_at IS NULL AND work IS NOT NULL""")
                .bind("key", key)
                .mapTo(Integer.class)
                .one()) > 0;
    }

    @Override
    public List<InboundEvent> pending(String keyPrefix, Instant receivedBefore, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT event_key, received_at, work FROM processed_events
                        WHERE handled_at IS NULL AND work IS NOT NULL AND received_at < :before
                          AND event_key LIKE :prefix ESCAPE '!'
                        ORDER BY received_at, event_key
                        LIMIT :limit""")
                .bind("before", receivedBefore.toEpochMilli())
                .bind("prefix", likePrefix(keyPrefix))
                .bind("limit", limit)
                .map((row, context) -> new InboundEvent(row.getString("event_key"),
                        Instant.ofEpochMilli(row.getLong("received_at")), Optional.of(row.getString("work"))))
                .list());
    }

    @Override
    public void reopen(String key, Instant receivedAt, String work) {
        database.run(() -> database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO processed_events (event_key, received_at, work, handled_at)
                        VALUES (:key, :at, :work, NULL)
                        ON CONFLICT (event_key) DO UPDATE SET work = excluded.work, handled_at = NULL""")
                .bind("key", key)
                .bind("at", receivedAt.toEpochMilli())
                .bind("work", work)
                .execute()));
    }

    @Override
    public int forgetBefore(Instant cutOff) {
        return database.inTransaction(() -> database.withHandle(handle -> handle.createUpdate("""
                        DELETE FROM processed_events
                        WHERE received_at < :cutOff AND (work IS NULL OR handled_at IS NOT NULL)""")
                .bind("cutOff", cutOff.toEpochMilli())
                .execute()));
    }

    /** Nothing to close: the database belongs to the caller. */
    @Override
    public void close() {}

    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
