package org.doorway.store;

import java.time.Instant;
import java.util.function.Consumer;
import org.doorway.reports.ConversationEvent;
import org.doorway.reports.ReportFilter;
import org.doorway.reports.ReportQueries;

/**
 * Reads the conversation event log for reports in one sequential sweep of the
 * table in the order it was written, from the first request opened in range
 * (found through index conversation_events_kind_at) to the last one's newest
 * event. A request's events are always written after its {@code opened}
 * event, so the sweep sees all of them; no join, no sort. Columns a report
 * never reads (the platform after opening, most details) come back as nulls.
 */
public final class JdbiReportQueries implements ReportQueries {
    private static final int FETCH = 5_000;
    private final Database database;

    public JdbiReportQueries(Database database) {
        this.database = database;
    }

    @Override
    public void eachEvent(ReportFilter filter, Consumer<ConversationEvent> each) {
        database.useHandle(handle -> {
            Range range = handle.createQuery("""
                            SELECT MIN(id) AS first_event, MIN(request_id) AS low, MAX(request_id) AS high
                            FROM conversation_events WHERE kind = 'opened' AND at >= :from AND at < :to""")
                    .bind("from", filter.start().toEpochMilli()).bind("to", filter.end().toEpochMilli())
                    .map((row, context) -> new Range(row.getLong(1), row.getLong(2), row.getLong(3)))
                    .one();
            if (range.firstEvent() == 0) {
                return;
            }
            try (var rows = handle.createQuery("""
                            SELECT request_id, at, kind, need_id, tool_id,
                                CASE WHEN kind = 'opened' THEN platform END,
                                CASE WHEN kind = 'opened' THEN staff_key END, technologist_id,
                                CASE WHEN kind IN ('classified', 'outcome') THEN detail END
                            FROM conversation_events
                            WHERE id >= :first AND request_id BETWEEN :low AND :high ORDER BY id""")
                    .bind("first", range.firstEvent()).bind("low", range.low()).bind("high", range.high())
                    .setFetchSize(FETCH)
                    .map((row, context) -> new ConversationEvent(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9)))
                    .stream()) {
                rows.forEach(each);
            }
        });
    }

    private record Range(long firstEvent, long low, long high) {}
}
