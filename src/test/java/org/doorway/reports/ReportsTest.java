package org.doorway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HistoryEntry.Event.ACKNOWLEDGED;
import static org.doorway.handoff.HistoryEntry.Event.OFFERED;
import static org.doorway.handoff.HistoryEntry.Event.RESOLVED;
import static org.doorway.handoff.HistoryEntry.Event.SLA_MISSED;
import static org.doorway.handoff.HistoryEntry.Event.TEAM_CHANNEL;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doorway.store.Database;
import org.doorway.store.JdbiReportQueries;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A known history written through the real stores (a self-served request, one
 * accepted then handed off and left waiting overnight, a fault resolved then
 * reopened, an unsure one with no tool, a rejected one, one moved on by the SLA
 * to the team channel, one outside the range) and every figure it must give,
 * on SQLite and PostgreSQL.
 */
class ReportsTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    /** Request ids by name, in the order the history opens them. */
    private Map<String, Long> seed(ReportFixture history) {
        long r1 = history.open("slack", "UA", "2026-03-02T10:00:00Z");
        history.classified(r1, "need", "formative-quiz");
        history.event(r1, "suggested", "formative-quiz: moodle-quiz, mentimeter", "2026-03-02T10:00:01Z");
        history.event(r1, "reaction", "looks right", "2026-03-02T10:01:00Z");
        history.status(r1, "chosen", "2026-03-02T10:01:00Z");
        history.event(r1, "follow-up-sent", "moodle-quiz", "2026-03-09T10:00:00Z");
        history.event(r1, "outcome", "moodle-quiz worked", "2026-03-09T11:00:00Z");

        long r2 = history.open("slack", "UB", "2026-03-02T11:00:00Z");
        history.classified(r2, "need", "formative-quiz");
        history.event(r2, "suggested", "formative-quiz: moodle-quiz", "2026-03-02T11:00:01Z");
        history.event(r2, "reaction", "looks right", "2026-03-02T11:02:00Z");
        history.handoff(r2, "2026-03-02T16:30:00Z", OFFERED, "alex", "2026-03-02T16:30:00Z",
                ACKNOWLEDGED, "alex", "2026-03-03T09:30:00Z");
        history.event(r2, "follow-up-sent", "moodle-quiz", "2026-03-10T10:00:00Z");

        long r3 = history.open("teams", "UC", "2026-03-02T12:00:00Z");
        history.classified(r3, "fault", null);
        history.status(r3, "fault", "2026-03-02T12:00:00Z");
        history.handoff(r3, "2026-03-02T12:05:00Z", OFFERED, "alex", "2026-03-02T12:05:00Z",
                ACKNOWLEDGED, "alex", "2026-03-02T12:35:00Z", RESOLVED, "alex", "2026-03-02T13:00:00Z");
        history.handoff(r3, "2026-03-04T10:00:00Z", ACKNOWLEDGED, "sam", "2026-03-04T10:10:00Z",
                RESOLVED, "sam", "2026-03-04T11:00:00Z");

        long r4 = history.open("slack", "UA", "2026-03-03T10:00:00Z");
        history.classified(r4, "need", "peer-assessment");
        history.event(r4, "unsure", "peer-assessment, feedback-at-scale", "2026-03-03T10:00:01Z");
        history.event(r4, "need-chosen", "media-creation", "2026-03-03T10:01:00Z");
        history.event(r4, "no-tools", "media-creation", "2026-03-03T10:01:00Z");

        long r5 = history.open("teams", "UD", "2026-03-03T14:00:00Z");
        history.classified(r5, "need", "live-engagement");
        history.event(r5, "suggested", "live-engagement: mentimeter", "2026-03-03T14:00:01Z");
        history.event(r5, "reaction", "show other options", "2026-03-03T14:02:00Z");

        long r6 = history.open("slack", "UB", "2026-03-11T09:00:00Z");
        history.classified(r6, "need", "lecture-recording");
        history.handoff(r6, "2026-03-11T09:05:00Z", OFFERED, "alex", "2026-03-11T09:05:00Z",
                SLA_MISSED, null, "2026-03-11T09:35:00Z", TEAM_CHANNEL, null, "2026-03-11T09:36:00Z");

        long outside = history.open("slack", "UA", "2026-02-20T10:00:00Z");
        history.classified(outside, "need", "formative-quiz");
        return Map.of("r1", r1, "r2", r2, "r3", r3, "r4", r4, "r5", r5, "r6", r6, "outside", outside);
    }

    private static Report report(Database database, Optional<String> need, Optional<String> platform) {
        Reports reports = new Reports(new JdbiReportQueries(database),
                () -> List.of(ReportFixture.technologist("alex"), ReportFixture.technologist("sam")));
        return reports.build(new ReportFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), need, platform,
                ReportFixture.LONDON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyFigure_countsExactlyTheRequestsOfTheKnownHistory(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            Map<String, Long> id = seed(new ReportFixture(database));
            Report report = report(database, Optional.empty(), Optional.empty());

            assertThat(ids(report, "requests")).containsExactlyInAnyOrder(id.get("r1"), id.get("r2"), id.get("r3"),
                    id.get("r4"), id.get("r5"), id.get("r6"));
            assertThat(ids(report, "faults")).containsExactly(id.get("r3"));
            assertThat(ids(report, "reopened")).containsExactly(id.get("r3"));
            assertThat(ids(report, "self-served")).containsExactly(id.get("r1"));
            assertThat(ids(report, "handed-off")).containsExactly(id.get("r2"), id.get("r3"), id.get("r6"));
            assertThat(ids(report, "suggested-only")).containsExactly(id.get("r5"));
            assertThat(ids(report, "not-answered")).containsExactly(id.get("r4"));
            assertThat(measure(report, "paths", "Self-service rate")).isEqualTo("1 of 6");
            assertThat(measure(report, "paths", "Handoff rate")).isEqualTo("3 of 6");

            assertThat(counts(report, "needs")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "need:formative-quiz", 2, "need:(none)", 1, "need:media-creation", 1,
                    "need:live-engagement", 1, "need:lecture-recording", 1));
            assertThat(counts(report, "weeks")).containsExactlyInAnyOrderEntriesOf(Map.of("week:2026-03-02", 5,
                    "week:2026-03-09", 1));
            assertThat(ids(report, "week:2026-03-09")).containsExactly(id.get("r6"));

            assertThat(counts(report, "unmet")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "unmet:no-tools:media-creation", 1, "unmet:unsure:media-creation", 1,
                    "unmet:rejected:live-engagement", 1));

            assertThat(ids(report, "answered")).containsExactly(id.get("r2"), id.get("r3"));
            assertThat(ids(report, "waiting")).containsExactly(id.get("r6"));
            assertThat(ids(report, "out-of-hours")).containsExactly(id.get("r2"));
            assertThat(measure(report, "response", "Median (p50), rostered hours")).isEqualTo("30 min");
            assertThat(measure(report, "response", "p90, rostered hours")).isEqualTo("1 h 00 min");
            assertThat(measure(report, "response", "p90, clock time")).isEqualTo("17 h 00 min");
            assertThat(measure(report, "response", "Waiting while nobody was on shift, in all")).isEqualTo("16 h 00 min");

            assertThat(ids(report, "sla-moved")).containsExactly(id.get("r6"));
            assertThat(ids(report, "team-channel")).containsExactly(id.get("r6"));

            assertThat(counts(report, "load")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "load:alex:open", 1, "load:alex:picked-up", 2, "load:alex:resolved", 1,
                    "load:sam:picked-up", 1, "load:sam:resolved", 1));
            assertThat(ids(report, "load:alex:open")).containsExactly(id.get("r2"));

            assertThat(ids(report, "followed-up")).containsExactly(id.get("r1"), id.get("r2"));
            assertThat(ids(report, "answered-follow-up")).containsExactly(id.get("r1"));
            assertThat(ids(report, "outcome:moodle-quiz:formative-quiz:worked")).containsExactly(id.get("r1"));
            assertThat(measure(report, "outcomes", "Response rate")).isEqualTo("1 of 2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void summaries_equalTheSumOfTheirDrillDownRows(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            seed(new ReportFixture(database));
            Report report = report(database, Optional.empty(), Optional.empty());
            int requests = report.figure("requests").orElseThrow().count();
            for (String partition : List.of("paths", "needs", "weeks", "departments", WeekNeedTable.SECTION)) {
                int rows = report.section(partition).orElseThrow().figures().stream()
                        .mapToInt(figure -> report.drillDown(figure).size()).sum();
                assertThat(rows).as(partition).isEqualTo(requests);
            }
            report.sections().forEach(section -> section.figures().forEach(figure ->
                    assertThat(report.drillDown(figure)).as(figure.id()).hasSize(figure.count())
                            .allSatisfy(story -> assertThat(story).isNotNull())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void weekByNeed_hasACellPerWeekAndNeedThatAddsUpBothWays(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            Map<String, Long> id = seed(new ReportFixture(database));
            Report report = report(database, Optional.empty(), Optional.empty());
            assertThat(counts(report, WeekNeedTable.SECTION)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "week-need:2026-03-02:formative-quiz", 2, "week-need:2026-03-02:(none)", 1,
                    "week-need:2026-03-02:media-creation", 1, "week-need:2026-03-02:live-engagement", 1,
                    "week-need:2026-03-09:lecture-recording", 1));
            assertThat(ids(report, "week-need:2026-03-02:formative-quiz")).containsExactly(id.get("r1"), id.get("r2"));

            WeekNeedTable table = WeekNeedTable.of(report);
            // Every week of March, also the weeks nobody asked anything in: a gap must show as a gap.
            assertThat(table.rows()).extracting(row -> row.monday().toString()).containsExactly("2026-02-23",
                    "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30");
            assertThat(table.needs()).extracting(WeekNeedTable::need).first().isEqualTo("formative-quiz");
            for (WeekNeedTable.Row row : table.rows()) {
                int sum = 0;
                for (int column = 0; column < table.needs().size(); column++) {
                    sum += row.count(column);
                }
                assertThat(sum).as(row.label()).isEqualTo(row.total());
            }
            for (int column = 0; column < table.needs().size(); column++) {
                int each = column;
                assertThat(table.rows().stream().mapToInt(row -> row.count(each)).sum())
                        .isEqualTo(table.needs().get(column).count());
            }
            assertThat(table.rows().get(3).total()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDepartmentFilter_keepsOnlyItsStaffsRequests_andAnUnknownDepartmentIsRefused(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            Map<String, Long> id = seed(new ReportFixture(database));
            Map<String, String> directory = org.doorway.store.DirectoryKeys.departments(database, List.of(
                    new org.doorway.config.ReportSettings.DirectoryEntry("Chemistry", "slack", "UA"),
                    new org.doorway.config.ReportSettings.DirectoryEntry("History", "teams", "UC")));
            Reports reports = new Reports(new JdbiReportQueries(database), List::of, new ReportSetup(() -> directory,
                    List.of(), Optional::empty), Runnable::run);
            Report chemistry = reports.build(new ReportFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                    Optional.empty(), Optional.empty(), Optional.of("Chemistry"), ReportFixture.LONDON));
            assertThat(ids(chemistry, "requests")).containsExactly(id.get("r1"), id.get("r4"));
            assertThat(counts(chemistry, "departments")).containsExactlyEntriesOf(Map.of("department:Chemistry", 2));
            Report unlisted = reports.build(new ReportFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                    Optional.empty(), Optional.empty(), Optional.of(Departments.UNKNOWN), ReportFixture.LONDON));
            assertThat(ids(unlisted, "requests")).containsExactly(id.get("r2"), id.get("r5"), id.get("r6"));

            assertThat(reports.departments()).containsExactly("Chemistry", "History");
            assertThat(reports.departmentProblem("History")).isEmpty();
            assertThat(reports.departmentProblem("Chemistri")).hasValueSatisfying(problem -> assertThat(problem)
                    .contains("No department is called 'Chemistri'", "such as Chemistry"));
            assertThat(new Reports(new JdbiReportQueries(database), List::of).departmentProblem("Chemistry"))
                    .hasValueSatisfying(problem -> assertThat(problem).contains("set DEPARTMENTS_FILE"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void filters_narrowToOnePlatformOrOneNeed(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            Map<String, Long> id = seed(new ReportFixture(database));
            assertThat(ids(report(database, Optional.empty(), Optional.of("teams")), "requests"))
                    .containsExactly(id.get("r3"), id.get("r5"));
            assertThat(ids(report(database, Optional.of("formative-quiz"), Optional.empty()), "requests"))
                    .containsExactly(id.get("r1"), id.get("r2"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theLog_holdsAPseudonymNeverTheChatId(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            seed(new ReportFixture(database));
            List<String> keys = database.withHandle(handle -> handle.createQuery(
                    "SELECT DISTINCT staff_key FROM conversation_events").mapTo(String.class).list());
            assertThat(keys).hasSize(4).allSatisfy(key -> assertThat(key).hasSize(32).doesNotContain("UA", "UB"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withoutARoster_waitsInRosteredHoursSayWhy(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            seed(new ReportFixture(database));
            Report report = new Reports(new JdbiReportQueries(database), List::of).build(new ReportFilter(
                    LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Optional.empty(), Optional.empty(),
                    ReportFixture.LONDON));
            assertThat(measure(report, "response", "Median (p50), rostered hours")).isEqualTo(Waiting.NO_ROSTER);
            assertThat(measure(report, "response", "p90, clock time")).isEqualTo("17 h 00 min");
        }
    }

    private static List<Long> ids(Report report, String figure) {
        return report.drillDown(report.figure(figure).orElseThrow(() -> new AssertionError("no figure " + figure)))
                .stream().map(RequestStory::id).toList();
    }

    private static Map<String, Integer> counts(Report report, String section) {
        return report.section(section).orElseThrow().figures().stream()
                .collect(Collectors.toMap(Figure::id, Figure::count));
    }

    private static String measure(Report report, String section, String label) {
        return report.section(section).orElseThrow().measures().stream().filter(m -> m.label().equals(label))
                .findFirst().orElseThrow().value();
    }
}
