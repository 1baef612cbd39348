package org.doorway.store;

import java.util.function.Consumer;
import org.doorway.reports.ReportFilter;
import org.doorway.reports.ReportQueries;
import org.doorway.reports.RequestStory;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads reports' requests from request_summaries (one row per request, kept
 * in step with the event log by {@link RequestSummaries}): a range of
 * opened_at through one of the table's indexes, narrowed by platform or need
 * in SQL. A report over 100,000 requests reads 100,000 short rows.
 */
public final class JdbiReportQueries implements ReportQueries {
    private static final int FETCH = 5_000;
    private final Database database;

    public JdbiReportQueries(Database database) {
        this.database = database;
    }

    @Override
    public void eachStory(ReportFilter filter, Consumer<RequestStory> each) {
        database.useHandle(handle -> {
            Query query = handle.createQuery("SELECT " + SummaryRows.COLUMNS + " FROM request_summaries s"
                    + where(filter)
                    + " ORDER BY s.opened_at");
            try (var rows = bind(query, filter).setFetchSize(FETCH).map((row, context) -> SummaryRows.story(row))
                    .stream()) {
                rows.forEach(each);
            }
        });
    }

    @Override
    public void eachUnmetText(ReportFilter filter, Consumer<RequestText> each) {
        database.useHandle(handle -> {
            Query query = handle.createQuery("SELECT s.request_id, s.staff_key, r.text FROM request_summaries s "
                    + "JOIN requests r ON r.id = s.request_id" + where(filter)
                    + " AND (s.no_tools = 1 OR s.rejected = 1 OR s.unsure = 1)");
            try (var rows = bind(query, filter).setFetchSize(FETCH)
                    .map((row, context) -> new RequestText(row.getLong(1), row.getString(2),
                            row.getString(3))).stream()) {
                rows.forEach(each);
            }
        });
    }

    @Override
    public long written() {
        return database.withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM conversation_events")
                .mapTo(Long.class).one());
    }

    private static String where(ReportFilter filter) {
        return " WHERE s.opened_at >= :from AND s.opened_at < :to"
                + filter.platform().map(ignored -> " AND s.platform = :platform").orElse("")
                + filter.need().map(ignored -> " AND s.need_id = :need").orElse("");
    }

    private static Query bind(Query query, ReportFilter filter) {
        query.bind("from", filter.start().toEpochMilli()).bind("to", filter.end().toEpochMilli());
        filter.platform().ifPresent(platform -> query.bind("platform", platform));
        filter.need().ifPresent(need -> query.bind("need", need));
        return query;
    }
}
