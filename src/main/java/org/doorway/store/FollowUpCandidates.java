package org.doorway.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.followup.FollowUpSubject;
import org.doorway.followup.FollowUps.Candidate;

/**
 * What earned a follow-up and has none yet, read from the records the
 * dialogue and the desk keep anyway: a request's "looks right" reaction
 * (with its latest "suggested" event, {@code need: tool, tool}) and a
 * resolved handoff (its need and tool ids, staff name and outcome note).
 */
final class FollowUpCandidates {
    private FollowUpCandidates() {}

    static List<Candidate> accepted(Database database, Instant since, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT e.request_id, MIN(e.at) AS at, r.platform, r.user_id, r.conversation_id, r.text,
                            (SELECT s.detail FROM request_events s WHERE s.request_id = e.request_id
                                AND s.kind = 'suggested' ORDER BY s.id DESC LIMIT 1) AS suggested
                        FROM request_events e JOIN requests r ON r.id = e.request_id
                        WHERE e.kind = 'reaction' AND e.detail = 'looks right' AND e.at >= :since
                            AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.request_id = e.request_id)
                        GROUP BY e.request_id, r.platform, r.user_id, r.conversation_id, r.text
                        ORDER BY at LIMIT :limit""")
                .bind("since", since.toEpochMilli()).bind("limit", limit)
                .map((row, context) -> accepted(row.getLong("request_id"), Instant.ofEpochMilli(row.getLong("at")),
                        new ConversationKey(row.getString("platform"), row.getString("user_id"),
                                row.getString("conversation_id")), row.getString("text"), row.getString("suggested")))
                .list().stream().flatMap(Optional::stream).toList());
    }

    private static Optional<Candidate> accepted(long requestId, Instant at, ConversationKey who, String text,
            String suggested) {
        String[] needAndTools = suggested == null ? new String[0] : suggested.split(":\\s*", 2);
        if (needAndTools.length < 2) {
            return Optional.empty();
        }
        return Arrays.stream(needAndTools[1].split(",\\s*")).map(String::strip).filter(id -> !id.isEmpty())
                .findFirst().map(tool -> new Candidate(new FollowUpSubject(requestId, who, Optional.empty(),
                        needAndTools[0].strip(), tool, Optional.empty(), text, ""), at));
    }

    static List<Candidate> resolved(Database database, Instant since, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT h.id, h.request_id, h.staff_platform, h.staff_user, h.staff_conversation, h.staff_name,
                            h.kind, h.problem, h.need_ids, h.tool_ids, h.outcome, h.resolved_at
                        FROM handoffs h
                        WHERE h.state = 'RESOLVED' AND h.resolved_at >= :since
                            AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.request_id = h.request_id)
                        ORDER BY h.resolved_at LIMIT :limit""")
                .bind("since", since.toEpochMilli()).bind("limit", limit)
                .map((row, context) -> new Candidate(new FollowUpSubject(row.getLong("request_id"),
                        new ConversationKey(row.getString("staff_platform"), row.getString("staff_user"),
                                row.getString("staff_conversation")),
                        Optional.ofNullable(row.getString("staff_name")),
                        first(row.getString("need_ids")).orElse(row.getString("kind").equals("FAULT") ? "fault" : ""),
                        first(row.getString("tool_ids")).orElse(""), Optional.of(row.getLong("id")),
                        row.getString("problem"), Optional.ofNullable(row.getString("outcome")).orElse("")),
                        Instant.ofEpochMilli(row.getLong("resolved_at"))))
                .list());
    }

    private static Optional<String> first(String jsonList) {
        return HandoffRows.strings(jsonList).stream().filter(id -> !id.isBlank()).findFirst();
    }
}
