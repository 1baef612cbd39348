package org.doorway.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.inbox.InboundEvent;
import org.doorway.inbox.SetAside;

/**
 * Events set aside, in the main database's {@code set_aside_events}, so that
 * setting one aside commits with its apology. A replay takes the row away and
 * puts the event back in {@code inbox} as waiting. Portable SQL for SQLite and
 * PostgreSQL. Thread-safe.
 */
public final class JdbiSetAside implements SetAside {
    private final Database database;
    private final StoredInbox inbox;

    public JdbiSetAside(Database database, StoredInbox inbox) {
        this.database = database;
        this.inbox = inbox;
    }

    @Override
    public void setAside(InboundEvent event, String reason, Instant at) {
        database.run(() -> database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO set_aside_events (event_key, received_at, set_aside_at, reason, work)
                        VALUES (:key, :received, :at, :reason, :work)
                        ON CONFLICT (event_key) DO UPDATE
                        SET set_aside_at = excluded.set_aside_at, reason = excluded.reason, work = excluded.work""")
                .bind("key", event.key())
                .bind("received", event.receivedAt().toEpochMilli())
                .bind("at", at.toEpochMilli())
                .bind("reason", reason.length() > 2_000 ? reason.substring(0, 2_000) : reason)
                .bind("work", event.work().orElse(null))
                .execute()));
    }

    @Override
    public List<Entry> all() {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT event_key, received_at, set_aside_at, reason, work FROM set_aside_events
                        ORDER BY set_aside_at, event_key""")
                .map((row, context) -> new Entry(row.getString("event_key"),
                        Instant.ofEpochMilli(row.getLong("received_at")),
                        Instant.ofEpochMilli(row.getLong("set_aside_at")), row.getString("reason"),
                        Optional.ofNullable(row.getString("work"))))
                .list());
    }

    @Override
    public Optional<Entry> replay(String key, Instant at) {
        Optional<Entry> entry = all().stream().filter(candidate -> candidate.key().equals(key)).findFirst();
        if (entry.isEmpty() || !entry.get().replayable()) {
            return entry;
        }
        // Back in the inbox first: a crash in between leaves the row, and replaying again is harmless.
        inbox.reopen(key, entry.get().receivedAt(), entry.get().work().orElseThrow());
        database.run(() -> database.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM set_aside_events WHERE event_key = :key")
                .bind("key", key)
                .execute()));
        return entry;
    }
}
