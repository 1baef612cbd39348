package org.doorway.admin;

import java.time.Instant;

/**
 * Which entries' owners were reminded in which period. A claim joins the
 * caller's transaction, so the reminder and the messages it queues commit
 * together, and two instances never both claim one. Thread-safe.
 */
public interface ReviewReminderMarks {
    /** Claims the reminder of {@code toolId} for {@code period}; false when it was already claimed. */
    boolean claim(String toolId, String period, int owners, Instant at);
}
