package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.followup.CaseStudyDrafts;
import org.doorway.followup.Story;

/**
 * Case-study drafts in {@code case_study_drafts}, with their author's consent
 * to be contacted read from the follow-up each time, so a withdrawal shows at
 * once. Portable SQL. Thread-safe.
 */
public final class JdbiCaseStudyDrafts implements CaseStudyDrafts {
    private static final String SELECT = """
            SELECT d.id, d.follow_up_id, d.tool_id, d.need_id, d.title, d.summary, d.author, d.state, d.created_at,
                d.review_note,
                f.request_id, f.contact, f.withdrawn_at, f.platform, f.user_id, f.conversation
            FROM case_study_drafts d JOIN follow_ups f ON f.id = d.follow_up_id""";

    private final Database database;

    public JdbiCaseStudyDrafts(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Long> draft(long followUpId, String toolId, String needId, String title, String summary,
            Optional<String> author, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO case_study_drafts (follow_up_id, tool_id, need_id, title, summary, author, state,
                            created_at)
                        VALUES (:followUp, :tool, :need, :title, :summary, :author, 'draft', :now)
                        ON CONFLICT (follow_up_id) DO NOTHING""")
                .bind("followUp", followUpId).bind("tool", toolId).bind("need", needId).bind("title", title)
                .bind("summary", summary).bind("author", author.orElse(null)).bind("now", now.toEpochMilli())
                .execute() == 0 ? Optional.<Long>empty()
                : handle.createQuery("SELECT id FROM case_study_drafts WHERE follow_up_id = :followUp")
                        .bind("followUp", followUpId).mapTo(Long.class).findOne());
    }

    @Override
    public List<Story> list(Optional<Story.State> state, int limit) {
        return database.withHandle(handle -> handle.createQuery(SELECT
                        + (state.isPresent() ? " WHERE d.state = :state" : "") + " ORDER BY d.id DESC LIMIT :limit")
                .bind("state", state.map(Story.State::wire).orElse(null)).bind("limit", limit)
                .map((row, context) -> story(row)).list());
    }

    @Override
    public Optional<Story> find(long id) {
        return database.withHandle(handle -> handle.createQuery(SELECT + " WHERE d.id = :id")
                .bind("id", id).map((row, context) -> story(row)).findOne());
    }

    @Override
    public boolean review(long id, Story.State to, String reviewer, String note, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE case_study_drafts SET state = :state, reviewed_at = :now, reviewed_by = :reviewer,
                            review_note = :note
                        WHERE id = :id AND state = 'draft'""")
                .bind("state", to.wire()).bind("now", now.toEpochMilli()).bind("id", id)
                .bind("reviewer", reviewer).bind("note", note.isBlank() ? null : note)
                .execute()) == 1;
    }

    @Override
    public List<Story> published() {
        return database.withHandle(handle -> handle.createQuery(SELECT
                        + " WHERE d.state = 'published' AND f.withdrawn_at IS NULL ORDER BY d.id DESC")
                .map((row, context) -> story(row)).list());
    }

    @Override
    public int withdraw(String platform, String user, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE case_study_drafts SET state = 'withdrawn', reviewed_at = :now
                        WHERE state IN ('draft', 'published') AND follow_up_id IN
                            (SELECT id FROM follow_ups WHERE platform = :platform AND user_id = :user)""")
                .bind("now", now.toEpochMilli()).bind("platform", platform).bind("user", user)
                .execute());
    }

    private static Story story(ResultSet row) throws SQLException {
        boolean contact = row.getBoolean("contact");
        boolean contactable = contact && !row.wasNull();
        row.getLong("withdrawn_at");
        contactable = contactable && row.wasNull();
        return new Story(row.getLong("id"), row.getLong("follow_up_id"), row.getLong("request_id"),
                row.getString("tool_id"),
                row.getString("need_id"), row.getString("title"), row.getString("summary"),
                Optional.ofNullable(row.getString("author")),
                Story.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT)),
                Instant.ofEpochMilli(row.getLong("created_at")), contactable,
                new ConversationKey(row.getString("platform"), row.getString("user_id"), row.getString("conversation")),
                Optional.ofNullable(row.getString("review_note")));
    }
}
