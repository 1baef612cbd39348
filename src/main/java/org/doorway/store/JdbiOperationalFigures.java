package org.doorway.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.doorway.health.OperationalFigures;

/**
 * The figures behind /metrics, each one grouped count over an indexed column
 * (handoffs_state_requested, outbox_due, processed_events_pending).
 */
public final class JdbiOperationalFigures implements OperationalFigures {
    private final Database database;

    public JdbiOperationalFigures(Database database) {
        this.database = database;
    }

    /** Follow-ups whose time has come and that are not sent yet (index follow_ups_due). */
    public long followUpsDue(Instant now) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM follow_ups WHERE sent_at IS NULL AND due_at <= :now")
                .bind("now", now.toEpochMilli()).mapTo(Long.class).one());
    }

    @Override
    public Snapshot read() {
        return database.withHandle(handle -> {
            Map<String, Long> outcomes = new HashMap<>();
            handle.createQuery("SELECT status, COUNT(*) FROM requests GROUP BY status")
                    .map((row, context) -> Map.entry(row.getString(1), row.getLong(2)))
                    .forEach(entry -> outcomes.put(entry.getKey(), entry.getValue()));
            long[] waiting = handle.createQuery("""
                            SELECT COUNT(*), MIN(requested_at) FROM handoffs WHERE state IN ('REQUESTED', 'QUEUED', 'OFFERED')""")
                    .map((row, context) -> new long[] {row.getLong(1), row.getLong(2)}).one();
            Map<String, Long> depth = new HashMap<>();
            Map<String, Instant> oldest = new HashMap<>();
            Map<String, Long> failed = new HashMap<>();
            handle.createQuery("""
                            SELECT platform, status, COUNT(*), MIN(created_at) FROM outbox
                            WHERE status IN ('pending', 'failed') GROUP BY platform, status""")
                    .map((row, context) -> new Object[] {row.getString(1), row.getString(2), row.getLong(3),
                        row.getLong(4)})
                    .forEach(row -> {
                        if ("pending".equals(row[1])) {
                            depth.put((String) row[0], (Long) row[2]);
                            oldest.put((String) row[0], Instant.ofEpochMilli((Long) row[3]));
                        } else {
                            failed.put((String) row[0], (Long) row[2]);
                        }
                    });
            long backlog = handle.createQuery(
                            "SELECT COUNT(*) FROM processed_events WHERE handled_at IS NULL AND work IS NOT NULL")
                    .mapTo(Long.class).one();
            return new Snapshot(outcomes, waiting[0], waiting[0] == 0 ? Optional.empty()
                    : Optional.of(Instant.ofEpochMilli(waiting[1])), depth, oldest, failed, backlog);
        });
    }
}
