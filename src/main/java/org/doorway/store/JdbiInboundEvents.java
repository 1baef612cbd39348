package org.doorway.store;

import java.time.Instant;
import org.doorway.intake.InboundEvents;

/** De-duplication by the table's primary key: the insert that wins is the first. */
public final class JdbiInboundEvents implements InboundEvents {
    private final Database database;

    public JdbiInboundEvents(Database database) {
        this.database = database;
    }

    @Override
    public boolean recordFirst(String eventKey, Instant receivedAt) {
        return database.inTransaction(() -> database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO processed_events (event_key, received_at) VALUES (:key, :at)
                        ON CONFLICT (event_key) DO NOTHING""")
                .bind("key", eventKey)
                .bind("at", receivedAt.toEpochMilli())
                .execute())) == 1;
    }

    /** Forgets keys older than the cut-off; platforms stop retrying long before. */
    public int forgetBefore(Instant cutOff) {
        return database.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM processed_events WHERE received_at < :cutOff")
                .bind("cutOff", cutOff.toEpochMilli())
                .execute());
    }
}
