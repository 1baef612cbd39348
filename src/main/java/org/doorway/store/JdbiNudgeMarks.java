package org.doorway.store;

import java.time.Instant;
import org.doorway.handoff.NudgeMarks;

/** One row per reminder sent; the primary key makes the claim conditional on every database. */
public final class JdbiNudgeMarks implements NudgeMarks {
    private final Database database;

    public JdbiNudgeMarks(Database database) {
        this.database = database;
    }

    @Override
    public boolean claim(long handoffId, String technologistId, int step, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO handoff_nudges (handoff_id, technologist_id, step, sent_at)
                        VALUES (:handoff, :technologist, :step, :at)
                        ON CONFLICT (handoff_id, technologist_id, step) DO NOTHING""")
                .bind("handoff", handoffId).bind("technologist", technologistId).bind("step", step)
                .bind("at", at.toEpochMilli())
                .execute()) == 1;
    }
}
