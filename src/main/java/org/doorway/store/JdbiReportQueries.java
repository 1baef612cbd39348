package org.doorway.store;

import java.time.Instant;
import java.util.function.Consumer;
import org.doorway.reports.ConversationEvent;
import org.doorway.reports.ReportFilter;
import org.doorway.reports.ReportQueries;

/**
 * Reads the conversation event log for reports in one streamed query: the
 * requests opened in range (index conversation_events_kind_at) joined to all
 * their events (index conversation_events_request), in request order.
 */
public final class JdbiReportQueries implements ReportQueries {
    private static final int FETCH = 5_000;
    private final Database database;

    public JdbiReportQueries(Database database) {
        this.database = database;
    }

    @Override
    public void eachEvent(ReportFilter filter, Consumer<ConversationEvent> each) {
        String platform = filter.platform().isPresent() ? " AND o.platform = :platform" : "";
        database.useHandle(handle -> {
            var query = handle.createQuery("""
                            SELECT e.request_id, e.at, e.kind, e.need_id, e.tool_id, e.platform, e.staff_key,
                                e.technologist_id, e.detail
                            FROM conversation_events o
                            JOIN conversation_events e ON e.request_id = o.request_id
                            WHERE o.kind = 'opened' AND o.at >= :from AND o.at < :to""" + platform
                            + " ORDER BY e.request_id, e.at, e.id")
                    .bind("from", filter.start().toEpochMilli()).bind("to", filter.end().toEpochMilli())
                    .setFetchSize(FETCH);
            filter.platform().ifPresent(value -> query.bind("platform", value));
            try (var rows = query.map((row, context) -> new ConversationEvent(row.getLong(1),
                    Instant.ofEpochMilli(row.getLong(2)), row.getString(3), row.getString(4), row.getString(5),
                    row.getString(6), row.getString(7), row.getString(8), row.getString(9))).stream()) {
                rows.forEach(each);
            }
        });
    }
}
