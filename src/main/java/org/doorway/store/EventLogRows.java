package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Appends to the conversation event log (V15__conversation_events.sql) on
 * the caller's handle, so the row commits with the change it records. Looks
 * the request's platform and user up once per append and stores only the
 * staff member's pseudonymous key. The only writer of that table; each
 * append also rewrites the request's row in request_summaries
 * ({@link RequestSummaries}), in the same transaction.
 */
final class EventLogRows {
    private static final int DETAIL = 300;
    private final StaffKeys staffKeys;

    EventLogRows(Database database) {
        this.staffKeys = new StaffKeys(database);
    }

    /** One event of a request; nothing when the request does not exist (a stale id). */
    void append(Handle handle, long requestId, Instant at, String kind, String needId, String toolId,
            String technologistId, String detail) {
        Optional<String[]> who = handle.createQuery("SELECT platform, user_id FROM requests WHERE id = :id")
                .bind("id", requestId)
                .map((rows, context) -> new String[] {rows.getString("platform"), rows.getString("user_id")})
                .findOne();
        who.ifPresent(found -> append(handle, requestId, at, kind, needId, toolId, found[0],
                staffKeys.of(found[0], found[1]), technologistId, detail));
    }

    void append(Handle handle, long requestId, Instant at, String kind, String needId, String toolId,
            String platform, String staffKey, String technologistId, String detail) {
        handle.createUpdate("""
                        INSERT INTO conversation_events (request_id, at, kind, need_id, tool_id, platform, staff_key,
                            technologist_id, detail)
                        VALUES (:request, :at, :kind, :need, :tool, :platform, :staff, :technologist, :detail)""")
                .bind("request", requestId).bind("at", at.toEpochMilli()).bind("kind", kind)
                .bind("need", cut(needId, 100)).bind("tool", cut(toolId, 100)).bind("platform", platform)
                .bind("staff", staffKey).bind("technologist", technologistId).bind("detail", cut(detail, DETAIL))
                .execute();
        RequestSummaries.refresh(handle, requestId);
    }

    String staffKey(String platform, String userId) {
        return staffKeys.of(platform, userId);
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
