package org.doorway.store;

import java.time.Instant;
import org.doorway.conversation.ConversationKey;
import org.doorway.intake.RecentRequest;
import org.doorway.intake.Requests;

/** Requests and their steps, for reports. */
public final class JdbiRequests implements Requests {
    private final Database database;

    public JdbiRequests(Database database) {
        this.database = database;
    }

    @Override
    public long open(ConversationKey key, String text, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO requests (platform, user_id, conversation_id, text, status, created_at, updated_at)
                        VALUES (:platform, :user, :conversation, :text, 'open', :at, :at)""")
                .bind("platform", key.platform()).bind("user", key.user()).bind("conversation", key.conversation())
                .bind("text", text).bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public void classified(long requestId, String outcome, String topNeed, double confidence) {
        database.useHandle(handle -> handle.createUpdate("""
                        UPDATE requests SET outcome = :outcome, top_need = :topNeed, confidence = :confidence
                        WHERE id = :id""")
                .bind("id", requestId).bind("outcome", outcome).bind("topNeed", topNeed)
                .bind("confidence", confidence)
                .execute());
    }

    @Override
    public void event(long requestId, String kind, String detail, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO request_events (request_id, kind, detail, at) VALUES (:id, :kind, :detail, :at)""")
                .bind("id", requestId).bind("kind", kind).bind("detail", detail).bind("at", at.toEpochMilli())
                .execute());
    }

    @Override
    public java.util.List<RecentRequest> recent(String platform, String user, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT text, status, created_at FROM requests WHERE platform = :platform AND user_id = :user
                        ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .bind("platform", platform).bind("user", user).bind("limit", limit)
                .map((rows, context) -> new RecentRequest(rows.getString("text"), rows.getString("status"),
                        Instant.ofEpochMilli(rows.getLong("created_at"))))
                .list());
    }

    @Override
    public void outcome(long requestId, String outcome, Instant at) {
        database.useHandle(handle -> handle.createUpdate(
                        "UPDATE requests SET status = :status, updated_at = :at WHERE id = :id")
                .bind("id", requestId).bind("status", outcome).bind("at", at.toEpochMilli())
                .execute());
    }
}
