package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.followup.Audience;
import org.doorway.followup.FollowUp;
import org.doorway.followup.FollowUpSubject;
import org.doorway.followup.FollowUps;
import org.doorway.followup.Outcome;
import org.doorway.followup.StoryConsent;

/**
 * Follow-ups in {@code follow_ups}: one row per request (a unique key, so a
 * second schedule adds nothing), marked with conditional updates so that
 * only one run or click claims each step. Portable SQL for SQLite and
 * PostgreSQL. Thread-safe.
 */
public final class JdbiFollowUps implements FollowUps {
    private static final String COLUMNS = "id, request_id, platform, user_id, conversation, person_name, need_id, "
            + "tool_id, handoff_id, problem, notes, due_at, sent_at, outcome, comment, story, contact";

    private final Database database;

    public JdbiFollowUps(Database database) {
        this.database = database;
    }

    @Override
    public boolean schedule(FollowUpSubject subject, Instant dueAt, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO follow_ups (request_id, platform, user_id, conversation, person_name, need_id,
                            tool_id, handoff_id, problem, notes, due_at, created_at)
                        VALUES (:request, :platform, :user, :conversation, :name, :need, :tool, :handoff, :problem,
                            :notes, :due, :now)
                        ON CONFLICT (request_id) DO NOTHING""")
                .bind("request", subject.requestId())
                .bind("platform", subject.who().platform())
                .bind("user", subject.who().user())
                .bind("conversation", subject.who().conversation())
                .bind("name", subject.personName().orElse(null))
                .bind("need", subject.needId())
                .bind("tool", subject.toolId())
                .bind("handoff", subject.handoffId().orElse(null))
                .bind("problem", subject.problem())
                .bind("notes", subject.notes())
                .bind("due", dueAt.toEpochMilli())
                .bind("now", now.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public List<Candidate> candidates(Instant since, int limit) {
        List<Candidate> all = new ArrayList<>(FollowUpCandidates.accepted(database, since, limit));
        all.addAll(FollowUpCandidates.resolved(database, since, limit));
        all.sort(Comparator.comparing(Candidate::basis));
        return all;
    }

    @Override
    public List<FollowUp> due(Audience audience, Instant now, int limit) {
        return list("sent_at IS NULL AND due_at <= :now", "due_at", audience, now, limit);
    }

    @Override
    public boolean markSent(long id, Instant now) {
        return update("UPDATE follow_ups SET sent_at = :now WHERE id = :id AND sent_at IS NULL", id, now);
    }

    @Override
    public List<FollowUp> unanswered(Audience audience, Instant sentBefore, int limit) {
        return list("sent_at <= :now AND outcome IS NULL AND reminded_at IS NULL", "sent_at", audience, sentBefore,
                limit);
    }

    @Override
    public boolean markReminded(long id, Instant now) {
        return update("UPDATE follow_ups SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL "
                + "AND outcome IS NULL", id, now);
    }

    @Override
    public Optional<FollowUp> find(long id) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM follow_ups WHERE id = :id")
                .bind("id", id).map((row, context) -> followUp(row)).findOne());
    }

    @Override
    public boolean answer(long id, Outcome outcome, Instant now, Instant commentUntil) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE follow_ups SET outcome = :outcome, outcome_at = :now, comment_until = :until
                        WHERE id = :id AND outcome IS NULL AND sent_at IS NOT NULL""")
                .bind("outcome", outcome.wire()).bind("now", now.toEpochMilli())
                .bind("until", commentUntil.toEpochMilli()).bind("id", id)
                .execute()) == 1;
    }

    @Override
    public Optional<FollowUp> awaitingComment(String platform, String user, Instant now) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM follow_ups WHERE platform = :platform AND user_id = :user AND comment_until >= :now
                        ORDER BY outcome_at DESC LIMIT 1""")
                .bind("platform", platform).bind("user", user).bind("now", now.toEpochMilli())
                .map((row, context) -> followUp(row)).findOne());
    }

    @Override
    public boolean comment(long id, String text, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE follow_ups SET comment = :text, comment_until = NULL
                        WHERE id = :id AND comment_until >= :now""")
                .bind("text", text).bind("id", id).bind("now", now.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public boolean story(long id, StoryConsent consent, Optional<String> name, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE follow_ups SET story = :story, story_at = :now,
                            person_name = COALESCE(:name, person_name)
                        WHERE id = :id AND story IS NULL AND withdrawn_at IS NULL""")
                .bind("story", consent.wire()).bind("now", now.toEpochMilli())
                .bind("name", consent == StoryConsent.NAMED ? name.orElse(null) : null).bind("id", id)
                .execute()) == 1;
    }

    @Override
    public boolean contact(long id, boolean allowed, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE follow_ups SET contact = :allowed, contact_at = :now
                        WHERE id = :id AND contact IS NULL AND withdrawn_at IS NULL""")
                .bind("allowed", allowed).bind("now", now.toEpochMilli()).bind("id", id)
                .execute()) == 1;
    }

    @Override
    public List<FollowUp> consents(String platform, String user) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM follow_ups WHERE platform = :platform AND user_id = :user AND withdrawn_at IS NULL
                            AND (story IN ('anonymous', 'named') OR contact = TRUE)
                        ORDER BY id DESC LIMIT 50""")
                .bind("platform", platform).bind("user", user)
                .map((row, context) -> followUp(row)).list());
    }

    @Override
    public int withdraw(String platform, String user, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE follow_ups SET story = 'no', contact = FALSE, withdrawn_at = :now, comment_until = NULL
                        WHERE platform = :platform AND user_id = :user AND withdrawn_at IS NULL
                            AND (story IN ('anonymous', 'named') OR contact = TRUE)""")
                .bind("now", now.toEpochMilli()).bind("platform", platform).bind("user", user)
                .execute());
    }

    private boolean update(String sql, long id, Instant now) {
        return database.withHandle(handle -> handle.createUpdate(sql)
                .bind("now", now.toEpochMilli()).bind("id", id).execute()) == 1;
    }

    private List<FollowUp> list(String where, String order, Audience audience, Instant now, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM follow_ups WHERE " + where
                + audience.platforms().map(platforms -> platforms.isEmpty() ? " AND 1 = 0"
                        : " AND platform IN (<platforms>)").orElse("")
                + audience.user().map(user -> " AND user_id = :user").orElse("")
                + " ORDER BY " + order + ", id LIMIT :limit";
        return database.withHandle(handle -> {
            var query = handle.createQuery(sql).bind("now", now.toEpochMilli()).bind("limit", limit);
            audience.platforms().filter(platforms -> !platforms.isEmpty())
                    .ifPresent(platforms -> query.bindList("platforms", List.copyOf(platforms)));
            audience.user().ifPresent(user -> query.bind("user", user));
            return query.map((row, context) -> followUp(row)).list();
        });
    }

    static FollowUp followUp(ResultSet row) throws SQLException {
        long handoff = row.getLong("handoff_id");
        Optional<Long> handoffId = row.wasNull() ? Optional.empty() : Optional.of(handoff);
        FollowUpSubject subject = new FollowUpSubject(row.getLong("request_id"),
                new ConversationKey(row.getString("platform"), row.getString("user_id"), row.getString("conversation")),
                Optional.ofNullable(row.getString("person_name")), row.getString("need_id"), row.getString("tool_id"),
                handoffId, row.getString("problem"), row.getString("notes"));
        long sent = row.getLong("sent_at");
        Optional<Instant> sentAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(sent));
        boolean contact = row.getBoolean("contact");
        Optional<Boolean> contactAnswer = row.wasNull() ? Optional.empty() : Optional.of(contact);
        return new FollowUp(row.getLong("id"), subject, Instant.ofEpochMilli(row.getLong("due_at")), sentAt,
                Optional.ofNullable(row.getString("outcome")).flatMap(Outcome::parse),
                Optional.ofNullable(row.getString("comment")),
                Optional.ofNullable(row.getString("story")).flatMap(StoryConsent::parse), contactAnswer);
    }
}
