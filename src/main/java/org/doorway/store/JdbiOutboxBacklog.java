package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.doorway.health.OutboxBacklog;

/** The outbox's pending rows, counted for the health report (the {@code outbox_due} index covers it). */
public final class JdbiOutboxBacklog implements OutboxBacklog {
    private final Database database;

    public JdbiOutboxBacklog(Database database) {
        this.database = database;
    }

    @Override
    public Waiting waiting() {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) AS waiting, MIN(created_at) AS oldest FROM outbox WHERE status = 'pending'")
                .map((row, context) -> {
                    long oldest = row.getLong("oldest");
                    return new Waiting(row.getLong("waiting"),
                            row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
                })
                .one());
    }
}
