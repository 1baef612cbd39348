package org.doorway.store;

import java.time.Instant;
import org.doorway.conversation.ConversationKey;
import org.doorway.intake.RecentRequest;
import org.doorway.intake.Requests;
import org.doorway.reports.EventKinds;

/**
 * Requests and their steps, for reports. Each change also appends to the
 * conversation event log (reports' one source, {@link EventLogRows}) on the
 * same handle, so both commit together; request_events is still written for
 * the people who read it (privacy export) but no figure is computed from it.
 */
public final class JdbiRequests implements Requests {
    /** Statuses the event log records; the others (suggested, chosen, handed-off) come with their own events. */
    private static final java.util.Set<String> LOGGED_STATUSES = java.util.Set.of("abandoned", "fault",
            "out-of-scope");
    private final Database database;
    private final EventLogRows log;

    public JdbiRequests(Database database) {
        this.database = database;
        this.log = new EventLogRows(database);
    }

    @Override
    public long open(ConversationKey key, String text, Instant at) {
        return database.withHandle(handle -> {
            long id = handle.createUpdate("""
                        INSERT INTO requests (platform, user_id, conversation_id, text, status, created_at, updated_at)
                        VALUES (:platform, :user, :conversation, :text, 'open', :at, :at)""")
                .bind("platform", key.platform()).bind("user", key.user()).bind("conversation", key.conversation())
                .bind("text", text).bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
            log.append(handle, id, at, EventKinds.OPENED, null, null, key.platform(),
                    log.staffKey(key.platform(), key.user()), null, null);
            return id;
        });
    }

    @Override
    public void classified(long requestId, String outcome, String topNeed, double confidence) {
        database.useHandle(handle -> {
            handle.createUpdate("""
                        UPDATE requests SET outcome = :outcome, top_need = :topNeed, confidence = :confidence
                        WHERE id = :id""")
                .bind("id", requestId).bind("outcome", outcome).bind("topNeed", topNeed)
                .bind("confidence", confidence)
                .execute();
            // The port gives no time: classification happens in the turn that opened the request, so use its last event's.
            long at = handle.createQuery("SELECT COALESCE(MAX(at), 0) FROM conversation_events WHERE request_id = :id")
                    .bind("id", requestId).mapTo(Long.class).one();
            log.append(handle, requestId, Instant.ofEpochMilli(at), EventKinds.CLASSIFIED, topNeed, null, null,
                    outcome + " " + String.format(java.util.Locale.ROOT, "%.2f", confidence));
        });
    }

    @Override
    public void event(long requestId, String kind, String detail, Instant at) {
        database.useHandle(handle -> {
            handle.createUpdate("""
                        INSERT INTO request_events (request_id, kind, detail, at) VALUES (:id, :kind, :detail, :at)""")
                .bind("id", requestId).bind("kind", kind).bind("detail", detail).bind("at", at.toEpochMilli())
                .execute();
            RequestEventKinds logged = RequestEventKinds.of(kind, detail);
            log.append(handle, requestId, at, logged.kind(), logged.needId(), logged.toolId(), null, logged.detail());
        });
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
        database.useHandle(handle -> {
            handle.createUpdate("UPDATE requests SET status = :status, updated_at = :at WHERE id = :id")
                .bind("id", requestId).bind("status", outcome).bind("at", at.toEpochMilli())
                .execute();
            if (LOGGED_STATUSES.contains(outcome)) {
                log.append(handle, requestId, at, outcome, null, null, null, null);
            }
        });
    }
}
