package org.doorway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HistoryEntry.Event.ACKNOWLEDGED;
import static org.doorway.handoff.HistoryEntry.Event.OFFERED;
import static org.doorway.handoff.HistoryEntry.Event.RESOLVED;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.doorway.store.Database;
import org.doorway.store.JdbiReportQueries;
import org.doorway.store.JdbiRequests;
import org.doorway.store.RequestSummaries;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-request rows reports read are the fold of each request's events,
 * kept so in the same transaction as every event, filled for older requests
 * by the backfill (once), and still right when two transactions add events
 * to one request at the same time (PostgreSQL).
 */
class RequestSummariesTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private static List<Long> history(ReportFixture history) {
        long accepted = history.open("slack", "UA", "2026-03-02T10:00:00Z");
        history.classified(accepted, "need", "formative-quiz");
        history.event(accepted, "suggested", "formative-quiz: moodle-quiz", "2026-03-02T10:00:01Z");
        history.event(accepted, "reaction", "looks right", "2026-03-02T10:01:00Z");
        history.handoff(accepted, "2026-03-02T16:30:00Z", OFFERED, "alex", "2026-03-02T16:30:00Z",
                ACKNOWLEDGED, "alex", "2026-03-03T09:30:00Z", RESOLVED, "alex", "2026-03-03T10:00:00Z");
        history.event(accepted, "suggested", "formative-quiz: mentimeter", "2026-03-05T10:00:00Z");
        history.event(accepted, "outcome", "moodle-quiz partly", "2026-03-09T10:00:00Z");
        long unmet = history.open("teams", "UB", "2026-03-03T10:00:00Z", "annotate a shared pdf");
        history.classified(unmet, "need", "peer-assessment");
        history.event(unmet, "unsure", "peer-assessment, feedback-at-scale", "2026-03-03T10:00:01Z");
        history.event(unmet, "no-tools", "media-creation", "2026-03-03T10:01:00Z");
        return List.of(accepted, unmet);
    }

    private static List<RequestStory> stored(Database database) {
        List<RequestStory> stories = new ArrayList<>();
        new JdbiReportQueries(database).eachStory(new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Optional.empty(), Optional.empty(), ReportFixture.LONDON), stories::add);
        return stories;
    }

    private static RequestStory folded(Database database, long request) {
        List<ConversationEvent> events = database.withHandle(handle -> handle.createQuery("""
                        SELECT request_id, at, kind, need_id, tool_id, platform, staff_key, technologist_id, detail
                        FROM conversation_events WHERE request_id = :id ORDER BY id""").bind("id", request)
                .map((rows, context) -> new ConversationEvent(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getString(8), rows.getString(9))).list());
        return RequestFold.of(events).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachRow_isTheFoldOfItsRequestsEvents(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            List<Long> ids = history(new ReportFixture(database));
            assertThat(stored(database)).containsExactlyInAnyOrder(folded(database, ids.get(0)),
                    folded(database, ids.get(1)));
            RequestStory accepted = folded(database, ids.get(0));
            assertThat(accepted.reopened()).isTrue();
            assertThat(accepted.path()).isEqualTo("handed-off");
            assertThat(accepted.steps()).extracting(RequestStory.TechnologistStep::kind)
                    .containsExactly("picked-up", "resolved");
            assertThat(accepted.outcomes()).containsExactly(new RequestStory.ToolOutcome("moodle-quiz", "partly"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void backfill_fillsMissingAndOlderRowsOnce(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            history(new ReportFixture(database));
            List<RequestStory> before = stored(database);
            database.useHandle(handle -> handle.execute("DELETE FROM request_summaries WHERE platform = 'slack'"));
            database.useHandle(handle -> handle.execute("UPDATE request_summaries SET fold_version = 0, "
                    + "need_id = 'stale'"));

            assertThat(RequestSummaries.backfill(database)).isEqualTo(2);
            assertThat(stored(database)).containsExactlyInAnyOrderElementsOf(before);
            assertThat(RequestSummaries.backfill(database)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eventsAddedAtOnceToOneRequest_areAllInItsRow(TestDatabases.Kind kind) throws Exception {
        try (Database database = kind.open().get()) {
            ReportFixture fixture = new ReportFixture(database);
            JdbiRequests requests = new JdbiRequests(database);
            List<Long> ids = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int request = 0; request < 30; request++) {
                    long id = fixture.open("slack", "U" + request, "2026-03-02T10:00:00Z");
                    ids.add(id);
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<?>> done = new ArrayList<>();
                    for (String tool : List.of("moodle-quiz", "mentimeter")) {
                        done.add(threads.submit(() -> {
                            together.await();
                            return database.inTransaction(() -> {
                                requests.event(id, "outcome", tool + " worked", Instant.parse("2026-03-03T10:00:00Z"));
                                return null;
                            });
                        }));
                    }
                    for (Future<?> each : done) {
                        each.get();
                    }
                }
            } finally {
                threads.shutdown();
            }
            assertThat(stored(database)).allSatisfy(row -> {
                assertThat(row.outcomes()).as("request " + row.id()).hasSize(2);
                assertThat(row).isEqualTo(folded(database, row.id()));
            }).hasSize(ids.size());
        }
    }
}
