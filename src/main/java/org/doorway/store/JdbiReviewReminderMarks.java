package org.doorway.store;

import java.time.Instant;
import org.doorway.admin.ReviewReminderMarks;

/** Claims in {@code catalogue_review_reminders} (V16__catalogue_versions.sql): an insert that does nothing when the row exists. */
public final class JdbiReviewReminderMarks implements ReviewReminderMarks {
    private final Database database;

    public JdbiReviewReminderMarks(Database database) {
        this.database = database;
    }

    @Override
    public boolean claim(String toolId, String period, int owners, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO catalogue_review_reminders (tool_id, period, sent_at, owners)
                        VALUES (:tool, :period, :at, :owners)
                        ON CONFLICT (tool_id, period) DO NOTHING""")
                .bind("tool", toolId).bind("period", period).bind("at", at.toEpochMilli()).bind("owners", owners)
                .execute()) == 1;
    }
}
