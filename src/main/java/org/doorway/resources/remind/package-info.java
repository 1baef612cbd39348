/**
 * "Remind me" on a webinar session: the option under suggestions, the click
 * that records a reminder (once per person and session), and the job that
 * sends the reminder the day before and the recording and Q&A links after
 * the session. Pure Java: the rows live behind {@link
 * org.doorway.resources.remind.WebinarReminders} (Jdbi in {@code store}),
 * messages go out through {@link org.doorway.resources.remind.ChatMessages}
 * (the platforms' outbox).
 */
package org.doorway.resources.remind;
