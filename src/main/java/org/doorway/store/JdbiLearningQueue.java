package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorway.admin.LearningQueue;
import org.doorway.admin.Unclear;

/**
 * The "not understood" queue read from the requests and their steps as the
 * dialogue records them (need-chosen, suggested, reaction, none-of-these,
 * handoff), so nothing extra is written while staff talk; and the phrasings
 * admins add (V17__admin_tokens.sql), which {@link #phrasingsByNeed} gives the
 * classifier when it is built.
 */
public final class JdbiLearningQueue implements LearningQueue {
    /** How many recent teaching requests are looked at for the queue. */
    static final int LOOK_BACK = 2_000;
    private static final String SELECT = """
            SELECT r.id, r.text, r.created_at, r.top_need,
              (SELECT MAX(e.detail) FROM request_events e WHERE e.request_id = r.id AND e.kind = 'need-chosen') AS chosen,
              EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.kind = 'suggested') AS suggested,
              EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.kind = 'none-of-these') AS none_of_these,
              EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.kind = 'reaction'
                      AND e.detail = 'show other options') AS rejected,
              EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.kind = 'handoff') AS handed_off
            FROM requests r
            WHERE r.outcome = 'need'
              AND NOT EXISTS (SELECT 1 FROM reviewed_requests v WHERE v.request_id = r.id)
            """;

    private final Database database;

    public JdbiLearningQueue(Database database) {
        this.database = database;
    }

    @Override
    public List<Unclear> unclear(Set<String> needsWithoutTool, int limit) {
        return database.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY r.created_at DESC, r.id DESC LIMIT :look")
                .bind("look", LOOK_BACK)
                .map((rows, context) -> unclear(rows, needsWithoutTool))
                .list().stream().flatMap(Optional::stream).limit(limit).toList());
    }

    @Override
    public Optional<Unclear> find(long requestId, Set<String> needsWithoutTool) {
        return database.withHandle(handle -> handle.createQuery(SELECT + "AND r.id = :id").bind("id", requestId)
                .map((rows, context) -> unclear(rows, needsWithoutTool)).findOne().flatMap(found -> found));
    }

    @Override
    public void addPhrasing(String needId, String text, Long requestId, String actor, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO added_phrasings (need_id, text, request_id, added_by, added_at)
                        VALUES (:need, :text, :request, :actor, :at)""")
                .bind("need", needId).bind("text", text).bind("request", requestId).bind("actor", actor)
                .bind("at", at.toEpochMilli()).execute());
    }

    @Override
    public void reviewed(long requestId, String action, String actor, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO reviewed_requests (request_id, action, actor, at) VALUES (:id, :action, :actor, :at)
                        ON CONFLICT (request_id) DO NOTHING""")
                .bind("id", requestId).bind("action", action).bind("actor", actor).bind("at", at.toEpochMilli())
                .execute());
    }

    /** The phrasings admins added, by need id, oldest first: the classifier's admin-added source. */
    public Map<String, List<String>> phrasingsByNeed() {
        Map<String, List<String>> byNeed = new LinkedHashMap<>();
        database.useHandle(handle -> handle.createQuery("SELECT need_id, text FROM added_phrasings ORDER BY id")
                .map((rows, context) -> Map.entry(rows.getString("need_id"), rows.getString("text")))
                .forEach(row -> byNeed.computeIfAbsent(row.getKey(), need -> new ArrayList<>()).add(row.getValue())));
        return byNeed;
    }

    private static Optional<Unclear> unclear(ResultSet rows, Set<String> needsWithoutTool) throws SQLException {
        String chosen = rows.getString("chosen");
        String top = rows.getString("top_need");
        boolean suggested = rows.getBoolean("suggested");
        Unclear.Reason reason;
        if (rows.getBoolean("none_of_these") || chosen == null && !suggested && rows.getBoolean("handed_off")) {
            reason = Unclear.Reason.NONE_OF_THESE;
        } else if (rows.getBoolean("rejected")) {
            reason = Unclear.Reason.REJECTED;
        } else if (top != null && needsWithoutTool.contains(chosen == null ? top : chosen)) {
            reason = Unclear.Reason.NO_TOOL;
        } else if (chosen != null || !suggested) {
            reason = Unclear.Reason.UNSURE;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Unclear(rows.getLong("id"), Instant.ofEpochMilli(rows.getLong("created_at")),
                rows.getString("text"), reason, Optional.ofNullable(chosen != null ? chosen : top)));
    }
}
