package org.doorway.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doorway.reports.ConversationEvent;
import org.doorway.reports.RequestFold;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps request_summaries in step with the event log: after every append,
 * on the same handle, the request's events are folded again by
 * {@link RequestFold} and its row rewritten, so the row is right by
 * construction. The row is locked first (a no-op update), so on PostgreSQL
 * two transactions adding events to one request take turns and the second
 * folds the first's event too. {@link #backfill} fills rows for requests
 * logged before the table existed, or folded by an older fold.
 */
public final class RequestSummaries {
    private static final Logger log = LoggerFactory.getLogger(RequestSummaries.class);
    private static final int BATCH = 1_000;
    private static final int PROGRESS = 10_000;
    private static final String EVENTS = "SELECT request_id, at, kind, need_id, tool_id, platform, staff_key, "
            + "technologist_id, detail FROM conversation_events ";

    private RequestSummaries() {}

    /** Folds the request's events again and rewrites its row; call after appending an event on {@code handle}. */
    static void refresh(Handle handle, long requestId) {
        handle.createUpdate("UPDATE request_summaries SET events = events WHERE request_id = :id")
                .bind("id", requestId).execute();
        List<ConversationEvent> events = handle.createQuery(EVENTS + "WHERE request_id = :id ORDER BY id")
                .bind("id", requestId).map((rows, context) -> event(rows)).list();
        RequestFold.of(events).ifPresent(story -> SummaryRows.upsert(handle, story, events.size()));
    }

    /**
     * Writes the row of every request in the log that has none, or one folded by an older {@link RequestFold},
     * a thousand requests per transaction, logging progress. Safe to run again and on several instances at once.
     * Returns how many requests it folded.
     */
    public static int backfill(Database database) {
        List<Long> missing = database.withHandle(handle -> handle.createQuery("""
                        SELECT e.request_id FROM conversation_events e
                        LEFT JOIN request_summaries s ON s.request_id = e.request_id
                        WHERE e.kind = 'opened' AND (s.request_id IS NULL OR s.fold_version <> :version)
                        ORDER BY e.request_id""")
                .bind("version", RequestFold.VERSION).mapTo(Long.class).list());
        if (missing.isEmpty()) {
            return 0;
        }
        log.info("Summarising {} requests of the event log for reports (once, after an upgrade) …", missing.size());
        for (int first = 0; first < missing.size(); first += BATCH) {
            List<Long> batch = missing.subList(first, Math.min(missing.size(), first + BATCH));
            database.inTransaction(() -> {
                database.useHandle(handle -> fold(handle, batch));
                return null;
            });
            int done = first + batch.size();
            if (done % PROGRESS == 0 || done == missing.size()) {
                log.info("Summarised {} of {} requests", done, missing.size());
            }
        }
        return missing.size();
    }

    private static void fold(Handle handle, List<Long> requests) {
        long low = requests.get(0);
        long high = requests.get(requests.size() - 1);
        handle.createUpdate("UPDATE request_summaries SET events = events WHERE request_id BETWEEN :low AND :high")
                .bind("low", low).bind("high", high).execute();
        Map<Long, List<ConversationEvent>> byRequest = new TreeMap<>();
        requests.forEach(id -> byRequest.put(id, new ArrayList<>()));
        handle.createQuery(EVENTS + "WHERE request_id BETWEEN :low AND :high ORDER BY id")
                .bind("low", low).bind("high", high).map((rows, context) -> event(rows))
                .forEach(event -> {
                    List<ConversationEvent> events = byRequest.get(event.requestId());
                    if (events != null) {
                        events.add(event);
                    }
                });
        byRequest.values().forEach(events -> RequestFold.of(events).ifPresent(story ->
                SummaryRows.upsert(handle, story, events.size())));
    }

    private static ConversationEvent event(java.sql.ResultSet rows) throws java.sql.SQLException {
        return new ConversationEvent(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                rows.getString(9));
    }
}
