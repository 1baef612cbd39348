package org.doorway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.doorway.config.DatabaseSettings;
import org.doorway.handoff.Shift;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WeeklyHours;
import org.doorway.reports.Report;
import org.doorway.reports.ReportFilter;
import org.doorway.reports.ReportSetup;
import org.doorway.reports.Reports;
import org.doorway.store.Database;
import org.doorway.store.JdbiReportQueries;
import org.doorway.store.JdbiRequests;
import org.doorway.store.Migrations;
import org.doorway.store.RequestSummaries;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * How long a report over 100,000 requests takes: the conversation event log
 * seeded with 100,000 requests over 26 weeks (about 7 events each: opened,
 * classified, suggested, then accepted, rejected or a handoff with its
 * pick-up and resolution, and some follow-ups) straight into the log, then
 * summarised per request by {@link RequestSummaries#backfill} (as at the first
 * start after V21), then reports built 10 times after 3 warm-ups (the whole
 * range, one need, one platform, four weeks) through the same {@link Reports}
 * and store adapter the console uses, each rendered as the console's page
 * and CSV would (every section's figures and one line per request); last,
 * what the summary costs each event written. Run: see docs/benchmarks.md.
 * The one argument, when given, is a JDBC URL (PostgreSQL, or a SQLite file to
 * keep) to seed instead of a temporary SQLite file; a database an earlier run
 * seeded is used as it is.
 */
public final class ReportsBenchmark {
    static final int REQUESTS = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);
    private static final String[] NEEDS = {"live-engagement", "formative-quiz", "peer-assessment", "feedback-at-scale",
        "lecture-recording", "media-creation", "academic-integrity", "pre-class-preparation"};

    /** What people wrote: the same few asks in different modules, so unmet needs have themes to find. */
    private static final String[] ASKS = {"I want students to annotate a shared PDF together",
        "can students annotate the reading as a group", "we need to mark group presentations with peer marks",
        "how do I get anonymous questions during the lecture", "I'd like a way to run oral exams online",
        "students should build a portfolio of their placement", "need a tool for students to make podcasts",
        "is there something for live captions in my lectures", "how can I run a debate with the whole class online",
        "I want to check my reading list links still work"};
    private static final String[] MODULES = {"for my first-year module", "in BIO201", "for the MSc cohort",
        "next term", "this semester", "for 300 students", "in the seminar", ""};

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("doorway-reports-bench");
        String url = args.length > 0 ? args[0] : "jdbc:sqlite:" + folder.resolve("reports.db");
        try (Database database = Database.open(new DatabaseSettings(url, Optional.empty(), Optional.empty(), 4))) {
            Migrations.migrate(database);
            long seeded = System.nanoTime();
            if (seededBefore(database)) {
                System.out.printf("%,d requests already seeded by an earlier run: using them%n", REQUESTS);
            } else {
                int events = seed(database);
                System.out.printf("seeded %,d requests (%,d events) in %d s%n", REQUESTS, events,
                        Duration.ofNanos(System.nanoTime() - seeded).toSeconds());
            }
            long backfilled = System.nanoTime();
            int folded = RequestSummaries.backfill(database);
            System.out.printf("backfill (as at the first start after V21): %,d requests summarised in %.1f s%n",
                    folded, (System.nanoTime() - backfilled) / 1e9);
            // A new Reports for every run, so that no run is served from the one before (Reports keeps recent ones).
            // As serve wires it: one helper thread reads and groups the unmet requests' words.
            ExecutorService helper = Executors.newSingleThreadExecutor();
            Supplier<Reports> reports = () -> new Reports(new JdbiReportQueries(database), () -> List.of(
                    technologist("alex"), technologist("sam"), technologist("kim")), ReportSetup.none(), helper);
            time("whole range (26 weeks)", reports, new ReportFilter(FROM, FROM.plusWeeks(26), Optional.empty(),
                    Optional.empty(), ZONE));
            time("one need", reports, new ReportFilter(FROM, FROM.plusWeeks(26), Optional.of(NEEDS[1]),
                    Optional.empty(), ZONE));
            time("teams only", reports, new ReportFilter(FROM, FROM.plusWeeks(26), Optional.empty(),
                    Optional.of("teams"), ZONE));
            time("four weeks", reports, new ReportFilter(FROM.plusWeeks(8), FROM.plusWeeks(12).minusDays(1),
                    Optional.empty(), Optional.empty(), ZONE));
            Reports kept = reports.get();
            ReportFilter whole = new ReportFilter(FROM, FROM.plusWeeks(26), Optional.empty(), Optional.empty(), ZONE);
            kept.build(whole);
            long again = System.nanoTime();
            Report same = kept.build(whole);
            System.out.printf("the same report again, nothing written since (a click to a figure's requests): %.1f ms"
                    + "%n", (System.nanoTime() - again) / 1e6);
            render(same);
            appends(database);
            helper.shutdown();
        }
    }

    /** Builds and renders the report 13 times; prints each run and the median and max of the last 10. */
    private static void time(String name, Supplier<Reports> reports, ReportFilter filter) {
        List<Long> millis = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int requests = 0;
        for (int run = 0; run < 13; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            Report report = reports.get().build(filter);
            int rendered = render(report);
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            long tookCpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - startCpu).toMillis();
            if (run >= 3) {
                millis.add(took);
                cpu.add(tookCpu);
            }
            requests = report.figure("requests").orElseThrow().count();
            System.out.printf("  %s, run %2d: %,d requests, %,d characters rendered, %d ms (%d ms on the CPU)%n", name,
                    run, requests, rendered, took, tookCpu);
        }
        millis.sort(Long::compare);
        cpu.sort(Long::compare);
        // On a shared machine the wall time includes waiting for a core; the thread's CPU time does not (for
        // SQLite, in process, it is nearly all the work; for PostgreSQL the server's share is not in it).
        System.out.printf("%s: build + render over %,d requests: median %d ms, max %d ms; on the CPU median %d ms, "
                + "max %d ms (10 runs after 3 warm-ups)%n", name, requests, millis.get(millis.size() / 2),
                millis.get(millis.size() - 1), cpu.get(cpu.size() / 2), cpu.get(cpu.size() - 1));
    }

    /**
     * What keeping request_summaries costs a write: 2,000 events appended through {@link JdbiRequests#event}
     * (each one inserting the log row and folding its request again), one transaction each, as turns do.
     */
    private static void appends(Database database) {
        JdbiRequests requests = new JdbiRequests(database);
        Random random = new Random(21);
        Instant at = FROM.plusWeeks(30).atStartOfDay(ZONE).toInstant();
        long start = System.nanoTime();
        for (int event = 0; event < 2_000; event++) {
            long request = 1 + random.nextInt(REQUESTS);
            database.inTransaction(() -> {
                requests.event(request, "follow-up-sent", "tool-3", at);
                return null;
            });
        }
        System.out.printf("2,000 events appended, each in its own transaction with its summary: %.2f ms each%n",
                (System.nanoTime() - start) / 1e6 / 2_000);
    }

    /** Writes every figure and every request's row, as the page and the CSV export do. */
    private static int render(Report report) {
        StringBuilder out = new StringBuilder();
        report.sections().forEach(section -> section.figures().forEach(figure ->
                out.append(figure.label()).append(',').append(figure.count()).append('\n')));
        report.all().forEach(story -> out.append(story.id()).append(',').append(story.openedAt()).append(',')
                .append(story.need().orElse("")).append(',').append(story.selfServed()).append('\n'));
        return out.length();
    }

    private static Technologist technologist(String id) {
        List<Shift> day = List.of(new Shift(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)));
        java.util.Map<java.time.DayOfWeek, List<Shift>> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek weekday : java.time.DayOfWeek.values()) {
            if (weekday.getValue() <= 5) {
                week.put(weekday, day);
            }
        }
        return new Technologist(id, id, id, java.util.Map.of(), ZONE, new WeeklyHours(week), List.of(), List.of(),
                5, true);
    }

    /** Whether an earlier run seeded this database (a SQLite file or PostgreSQL database given as the argument). */
    private static boolean seededBefore(Database database) {
        return database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM conversation_events WHERE kind "
                + "= 'opened'").mapTo(Long.class).one()) >= REQUESTS;
    }

    private static int seed(Database database) {
        Random random = new Random(18);
        Instant start = FROM.atStartOfDay(ZONE).toInstant();
        long span = Duration.ofDays(26 * 7).toMillis();
        // Request ids rise with the time they were opened, as Doorway's do (a request is opened, and numbered, when
        // its first message comes): so the rows of a date range lie together, as they would in a real log.
        Random times = new Random(180);
        long[] openedAt = new long[REQUESTS];
        for (int index = 0; index < REQUESTS; index++) {
            openedAt[index] = start.toEpochMilli() + (long) (times.nextDouble() * span);
        }
        java.util.Arrays.sort(openedAt);
        int[] written = {0};
        for (int chunk = 0; chunk < REQUESTS; chunk += 5_000) {
            int first = chunk;
            database.inTransaction(() -> {
                database.useHandle(handle -> {
                    PreparedBatch rows = handle.prepareBatch("""
                            INSERT INTO requests (id, platform, user_id, conversation_id, text, status, created_at,
                                updated_at)
                            VALUES (:id, :platform, :user, :user, :text, 'open', :at, :at)""");
                    PreparedBatch batch = handle.prepareBatch("""
                            INSERT INTO conversation_events (request_id, at, kind, need_id, tool_id, platform,
                                staff_key, technologist_id, detail)
                            VALUES (:request, :at, :kind, :need, :tool, :platform, :staff, :technologist, :detail)""");
                    for (long id = first + 1; id <= first + 5_000; id++) {
                        long request = id;
                        long opened = openedAt[(int) id - 1];
                        String need = NEEDS[random.nextInt(NEEDS.length)];
                        String platform = random.nextInt(3) == 0 ? "teams" : "slack";
                        String staff = Long.toHexString(random.nextInt(4_000));
                        rows.bind("id", request).bind("platform", platform).bind("user", "U" + staff)
                                .bind("text", ASKS[random.nextInt(ASKS.length)] + " " + MODULES[random.nextInt(
                                        MODULES.length)]).bind("at", opened).add();
                        Consumer<Object[]> add = row -> {
                            batch.bind("request", request).bind("at", opened + (Long) row[0]).bind("kind", row[1])
                                    .bind("need", row[2]).bind("tool", row[3]).bind("platform", platform)
                                    .bind("staff", staff).bind("technologist", row[4]).bind("detail", row[5]).add();
                            written[0]++;
                        };
                        add.accept(new Object[] {0L, "opened", null, null, null, null});
                        add.accept(new Object[] {1L, "classified", need, null, null, "need 0.80"});
                        add.accept(new Object[] {2L, "suggested", need, "tool-" + random.nextInt(40), null, "t"});
                        int path = random.nextInt(10);
                        if (path < 5) {
                            add.accept(new Object[] {60_000L, "accepted", null, null, null, "looks right"});
                            if (path < 2) {
                                add.accept(new Object[] {86_400_000L * 7, "follow-up-sent", null, null, null, null});
                                add.accept(new Object[] {86_400_000L * 8, "outcome", null, "tool-3", null, "worked"});
                            }
                        } else if (path < 7) {
                            add.accept(new Object[] {60_000L, "rejected", null, null, null, "show other options"});
                        } else {
                            String who = new String[] {"alex", "sam", "kim"}[random.nextInt(3)];
                            long wait = 60_000L * (5 + random.nextInt(60 * 20));
                            add.accept(new Object[] {120_000L, "handed-off", null, null, null, null});
                            add.accept(new Object[] {120_000L, "offered", null, null, who, null});
                            add.accept(new Object[] {120_000L + wait, "picked-up", null, null, who, null});
                            add.accept(new Object[] {240_000L + wait, "resolved", null, null, who, null});
                        }
                    }
                    rows.execute();
                    batch.execute();
                });
                return null;
            });
        }
        return written[0];
    }
}
