package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.followup.ColleagueIntros;

/** Requests to talk to a story's author in {@code colleague_intros}; one per person and story. Thread-safe. */
public final class JdbiColleagueIntros implements ColleagueIntros {
    private final Database database;

    public JdbiColleagueIntros(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Long> ask(long storyId, ConversationKey asker, String askerName, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO colleague_intros (story_id, platform, user_id, conversation, asker_name, state,
                            created_at)
                        VALUES (:story, :platform, :user, :conversation, :name, 'asked', :now)
                        ON CONFLICT (story_id, platform, user_id) DO NOTHING""")
                .bind("story", storyId).bind("platform", asker.platform()).bind("user", asker.user())
                .bind("conversation", asker.conversation()).bind("name", askerName == null ? "" : askerName)
                .bind("now", now.toEpochMilli())
                .execute() == 0 ? Optional.<Long>empty()
                : handle.createQuery("""
                                SELECT id FROM colleague_intros
                                WHERE story_id = :story AND platform = :platform AND user_id = :user""")
                        .bind("story", storyId).bind("platform", asker.platform()).bind("user", asker.user())
                        .mapTo(Long.class).findOne());
    }

    @Override
    public Optional<Intro> find(long id) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT id, story_id, platform, user_id, conversation, asker_name FROM colleague_intros
                        WHERE id = :id""")
                .bind("id", id)
                .map((row, context) -> new Intro(row.getLong("id"), row.getLong("story_id"),
                        new ConversationKey(row.getString("platform"), row.getString("user_id"),
                                row.getString("conversation")), row.getString("asker_name")))
                .findOne());
    }

    @Override
    public boolean answer(long id, boolean agreed, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE colleague_intros SET state = :state, answered_at = :now
                        WHERE id = :id AND state = 'asked'""")
                .bind("state", agreed ? "agreed" : "declined").bind("now", now.toEpochMilli()).bind("id", id)
                .execute()) == 1;
    }
}
