package org.doorway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.config.DatabaseSettings;
import org.doorway.conversation.ConversationKey;
import org.doorway.intake.ConversationState;
import org.doorway.intake.Conversations;

/**
 * Conversation state as a JSON document per conversation. On PostgreSQL,
 * reading a conversation inside a unit of work first takes a transaction
 * advisory lock on it, so that two turns of one conversation on two instances
 * (a quick second message, Slack's retry beside a redelivery) take turns
 * instead of both reading the old state and the later save undoing the
 * earlier (a lost update: "talk to a person" forgotten); the lock also covers
 * a conversation with no row yet. SQLite has one writer at a time, and a
 * stale read cannot commit there.
 */
public final class JdbiConversations implements Conversations {
    private final Database database;

    public JdbiConversations(Database database) {
        this.database = database;
    }

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        return database.withHandle(handle -> {
            if (database.kind() == DatabaseSettings.Kind.POSTGRESQL) {
                handle.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))) locked")
                        .bind("name", "conversation:" + key.platform() + ":" + key.user() + ":" + key.conversation())
                        .mapTo(Integer.class).one();
            }
            return handle.createQuery("""
                        SELECT state FROM conversations
                        WHERE platform = :platform AND user_id = :user AND conversation_id = :conversation""")
                .bind("platform", key.platform()).bind("user", key.user()).bind("conversation", key.conversation())
                .mapTo(String.class)
                .findOne()
                .map(JdbiConversations::read);
        });
    }

    @Override
    public void save(ConversationKey key, ConversationState state) {
        String json = write(state);
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO conversations (platform, user_id, conversation_id, state, updated_at)
                        VALUES (:platform, :user, :conversation, :state, :at)
                        ON CONFLICT (platform, user_id, conversation_id)
                        DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at""")
                .bind("platform", key.platform()).bind("user", key.user()).bind("conversation", key.conversation())
                .bind("state", json).bind("at", state.lastActivity().toEpochMilli())
                .execute());
    }

    private static ConversationState read(String json) {
        try {
            return Json.MAPPER.readValue(json, ConversationState.class);
        } catch (JsonProcessingException unreadable) {
            throw new DoorwayException("stored conversation state cannot be read: " + unreadable.getOriginalMessage(),
                    unreadable);
        }
    }

    private static String write(ConversationState state) {
        try {
            return Json.MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException unwritable) {
            throw new DoorwayException("conversation state cannot be written", unwritable);
        }
    }
}
