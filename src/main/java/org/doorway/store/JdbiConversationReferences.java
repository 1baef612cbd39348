package org.doorway.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.doorway.teams.ConversationReference;
import org.doorway.teams.ConversationReferences;

/** Teams conversation references, one row per conversation, refreshed by every activity. */
public final class JdbiConversationReferences implements ConversationReferences {
    private static final Duration WELCOME_AGAIN_AFTER = Duration.ofHours(1);
    private static final String COLUMNS = "conversation_id, conversation_type, service_url, tenant_id, user_id, "
            + "user_aad_id, bot_id, updated_at";

    private final Database database;

    public JdbiConversationReferences(Database database) {
        this.database = database;
    }

    @Override
    public void remember(ConversationReference reference) {
        database.useHandle(handle -> handle.createUpdate("INSERT INTO teams_conversations (" + COLUMNS + """
                        ) VALUES (:conversation, :type, :serviceUrl, :tenant, :user, :aadUser, :bot, :at)
                        ON CONFLICT (conversation_id) DO UPDATE SET
                            conversation_type = excluded.conversation_type,
                            service_url = excluded.service_url,
                            tenant_id = COALESCE(excluded.tenant_id, teams_conversations.tenant_id),
                            user_id = COALESCE(excluded.user_id, teams_conversations.user_id),
                            user_aad_id = COALESCE(excluded.user_aad_id, teams_conversations.user_aad_id),
                            bot_id = excluded.bot_id,
                            updated_at = excluded.updated_at""")
                .bind("conversation", reference.conversationId())
                .bind("type", reference.conversationType())
                .bind("serviceUrl", reference.serviceUrl())
                .bind("tenant", blankToNull(reference.tenantId()))
                .bind("user", blankToNull(reference.userId()))
                .bind("aadUser", blankToNull(reference.userAadId()))
                .bind("bot", reference.botId())
                .bind("at", reference.updatedAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<ConversationReference> find(String conversationId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM teams_conversations WHERE conversation_id = :conversation")
                .bind("conversation", conversationId)
                .map((row, context) -> read(row))
                .findOne());
    }

    @Override
    public Optional<ConversationReference> personalChatWith(String personId) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM teams_conversations
                        WHERE conversation_type = 'personal' AND (user_aad_id = :person OR user_id = :person)
                        ORDER BY updated_at DESC""")
                .bind("person", personId)
                .map((row, context) -> read(row))
                .findFirst());
    }

    @Override
    public boolean claimWelcome(String conversationId, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE teams_conversations SET welcomed_at = :now
                        WHERE conversation_id = :conversation AND (welcomed_at IS NULL OR welcomed_at < :before)""")
                .bind("now", now.toEpochMilli())
                .bind("before", now.minus(WELCOME_AGAIN_AFTER).toEpochMilli())
                .bind("conversation", conversationId)
                .execute()) == 1;
    }

    private static ConversationReference read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new ConversationReference(row.getString("conversation_id"), row.getString("conversation_type"),
                row.getString("service_url"), nullToEmpty(row.getString("tenant_id")),
                nullToEmpty(row.getString("user_id")), nullToEmpty(row.getString("user_aad_id")),
                row.getString("bot_id"), Instant.ofEpochMilli(row.getLong("updated_at")));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

}
