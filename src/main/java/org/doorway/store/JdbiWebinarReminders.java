package org.doorway.store;

import java.time.Instant;
import java.util.List;
import org.doorway.conversation.ConversationKey;
import org.doorway.resources.WebinarId;
import org.doorway.resources.remind.Reminder;
import org.doorway.resources.remind.WebinarReminders;
import org.jdbi.v3.core.statement.Query;

/**
 * Reminders in {@code webinar_reminders}: one row per person and session
 * (a unique key, so a repeated click adds nothing), marked with conditional
 * updates so that only one run claims each message. Portable SQL for SQLite
 * and PostgreSQL. Thread-safe.
 */
public final class JdbiWebinarReminders implements WebinarReminders {
    private final Database database;

    public JdbiWebinarReminders(Database database) {
        this.database = database;
    }

    @Override
    public boolean add(ConversationKey who, WebinarId session, Due due, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO webinar_reminders (platform, user_id, conversation, session_id, starts_at,
                            ends_at, remind_at, reminded_at, created_at)
                        VALUES (:platform, :user, :conversation, :session, :starts, :ends, :remind, :reminded, :now)
                        ON CONFLICT (platform, user_id, session_id) DO NOTHING""")
                .bind("platform", who.platform())
                .bind("user", who.user())
                .bind("conversation", who.conversation())
                .bind("session", session.wire())
                .bind("starts", due.startsAt().toEpochMilli())
                .bind("ends", due.endsAt().toEpochMilli())
                .bind("remind", due.remindAt().toEpochMilli())
                .bind("reminded", due.reminded() ? (Long) now.toEpochMilli() : null)
                .bind("now", now.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public List<Reminder> remindersDue(Instant now, int limit) {
        return list("reminded_at IS NULL AND remind_at <= :now ORDER BY remind_at, id", now, limit);
    }

    @Override
    public List<Reminder> followUpsDue(Instant now, int limit) {
        return list("followed_up_at IS NULL AND ends_at <= :now ORDER BY ends_at, id", now, limit);
    }

    @Override
    public boolean markReminded(long id, Instant now) {
        return mark("reminded_at", id, now);
    }

    @Override
    public boolean markFollowedUp(long id, Instant now) {
        return mark("followed_up_at", id, now);
    }

    private boolean mark(String column, long id, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("UPDATE webinar_reminders SET " + column
                        + " = :now WHERE id = :id AND " + column + " IS NULL")
                .bind("now", now.toEpochMilli())
                .bind("id", id)
                .execute()) == 1;
    }

    private List<Reminder> list(String where, Instant now, int limit) {
        return database.withHandle(handle -> {
            Query query = handle.createQuery("SELECT id, platform, user_id, conversation, session_id, starts_at, "
                    + "ends_at FROM webinar_reminders WHERE " + where + " LIMIT :limit");
            return query.bind("now", now.toEpochMilli()).bind("limit", limit)
                    .map((row, context) -> new Reminder(row.getLong("id"),
                            new ConversationKey(row.getString("platform"), row.getString("user_id"),
                                    row.getString("conversation")),
                            WebinarId.parse(row.getString("session_id")).orElseThrow(),
                            Instant.ofEpochMilli(row.getLong("starts_at")),
                            Instant.ofEpochMilli(row.getLong("ends_at"))))
                    .list();
        });
    }
}
