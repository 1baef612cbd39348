package org.doorway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongFunction;
import org.doorway.app.EmbeddedDoorway;
import org.doorway.config.DatabaseSettings;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;
import org.doorway.store.InboxFile;

/**
 * Ack latency of Doorway's Slack endpoint against a bare Bolt app, in one run
 * on loopback: signed {@code message.im} events at a fixed rate (200/s for
 * 20 s), then a ramp of 10 s steps to find the highest rate each sustains
 * without errors; the two take turns at each step, so both meet the machine
 * (and the driver's own warm-up) in the same state. Doorway runs with its real wiring (SQLite file, outbox,
 * delivery to a fake Slack Web API); the bare app only acks. After each
 * step the driver waits until Doorway has answered every message and
 * delivered every reply, and reports how long after the step that was.
 * Prints a Markdown table. Bounded: at most {@value #MAX_RATE} events/s and
 * {@value #SETTLE_MINUTES} minutes of catching up per step.
 *
 * <p>Arguments: {@code [rate] [seconds] [both|bare|doorway] [ramp|fixed]}, by default
 * {@code 200 20 both ramp}; one target alone is for profiling; {@code fixed} stops after the
 * fixed step (for answer throughput: Doorway's answers per second over the step and its catching up).
 * Run it as docs/benchmarks.md shows.
 */
public final class SlackLoadDriver {
    static final String SECRET = "load-signing-secret";
    static final int MAX_RATE = 6000;
    static final int SETTLE_MINUTES = 5;
    static final long DRAIN_MILLIS = 20_000;
    static final int[] RAMP = {200, 400, 600, 800, 1000, 1100, 1250, 1400, 1500, 1750, 2000, 2500, 3000, 3500, 4000,
        5000, MAX_RATE};

    private SlackLoadDriver() {}

    public static void main(String[] args) throws Exception {
        // The JDK client opens a connection whenever none is idle and keeps every one for 20 minutes: under load
        // that grew to thousands of sockets (the process's file limit) and hundreds of MB of buffers, in this JVM.
        System.setProperty("jdk.httpclient.connectionPoolSize", "256");
        System.setProperty("jdk.httpclient.keepalive.timeout", "30");
        // On two cores the common pool has one thread, so CompletableFuture runs every async step on a thread of
        // its own: the JDK client's completions started about 15,000 threads in one run. Two threads stop that.
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "2");
        int fixedRate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int fixedSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String only = args.length > 2 ? args[2] : "both";
        boolean ramp = args.length <= 3 || !args[3].equals("fixed");
        Path folder = Files.createTempDirectory("doorway-load");
        String database = "jdbc:sqlite:" + folder.resolve("doorway.db");
        try (FakeSlackApi api = new FakeSlackApi();
                // Only the targets asked for run at all, so a lone target shares the machine with nobody.
                BareBoltApp bare = only.equals("doorway") ? null : new BareBoltApp(SECRET, api.url());
                EmbeddedDoorway doorway = only.equals("bare") ? null : EmbeddedDoorway.start(Map.of("PORT", "0",
                        "DATABASE_URL", database, "SLACK_BOT_TOKEN", "xoxb-load",
                        "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.url(), "LOG_LEVEL", "WARN"))) {
            List<Target> targets = new ArrayList<>();
            if (bare != null) {
                targets.add(new Target("bare Bolt", new FixedRateLoad(signer(bare.url())), () -> Double.NaN));
            }
            if (doorway != null) {
                targets.add(new Target("Doorway", new FixedRateLoad(signer(
                        "http://127.0.0.1:" + doorway.port() + "/slack/events")), () -> settle(database, api)));
            }
            print(measure(targets, fixedRate, fixedSeconds, ramp), fixedRate);
        }
    }

    /** A server under test: how to load it, and how to wait until it has answered everything. */
    private record Target(String name, FixedRateLoad load, DoubleSupplier settle) {
        StepResult step(int rate, int seconds, String run) {
            StepResult result = load.run(name, rate, seconds, events(name + "-" + run)).answeredAfter(settle.getAsDouble());
            System.err.println(result.row());
            return result;
        }
    }

    /** Signs as Slack does; the client's completions run on a small pool rather than a new thread each. */
    private static SlackSigner signer(String url) {
        return new SlackSigner(SECRET, URI.create(url), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, runnable -> {
                    Thread thread = new Thread(runnable, "load-driver");
                    thread.setDaemon(true);
                    return thread;
                })).build());
    }

    /**
     * A warm-up, the fixed step, then the ramp, the targets taking turns at
     * each rate so that both meet the machine in the same state; a target
     * leaves the ramp at its first step that fails. After each step {@code
     * settle} waits until the target has answered everything and says how
     * long that took.
     */
    private static List<StepResult> measure(List<Target> targets, int fixedRate, int fixedSeconds, boolean ramp) {
        List<StepResult> results = new ArrayList<>();
        System.err.println("Warming up …");
        targets.forEach(target -> target.step(fixedRate, 10, "warm"));
        targets.forEach(target -> results.add(target.step(fixedRate, fixedSeconds, "fixed")));
        List<Target> going = new ArrayList<>(ramp ? targets : List.of());
        for (int rate : RAMP) {
            for (Target target : List.copyOf(going)) {
                StepResult step = target.step(rate, 10, String.valueOf(rate));
                results.add(step);
                if (!step.sustained()) {
                    going.remove(target);
                    // A server that fell behind still works through requests the driver gave up on: let it
                    // finish before the other target's turn, so that turn does not pay for them.
                    sleep(DRAIN_MILLIS);
                }
            }
            if (going.isEmpty()) {
                break;
            }
        }
        results.sort(java.util.Comparator.comparing(StepResult::target));
        return results;
    }

    /**
     * Waits (at most {@value #SETTLE_MINUTES} minutes) until no message waits
     * in Doorway's inbox and nothing in its outbox, so each step starts from
     * the same place; returns the seconds that took (NaN if it never did).
     */
    private static double settle(String database, FakeSlackApi api) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(SETTLE_MINUTES);
        try (Connection connection = DriverManager.getConnection(database);
                Statement statement = connection.createStatement()) {
            // The inbox is a file of its own; an event there is answered once the main file has its mark.
            statement.execute("ATTACH DATABASE '" + inboxFile(database) + "' AS inbox");
            while (System.nanoTime() < deadline) {
                if (count(statement, """
                        SELECT COUNT(*) FROM inbox.processed_events i
                        WHERE i.handled_at IS NULL AND i.work IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM handled_events h WHERE h.event_key = i.event_key)""") == 0
                        && count(statement, "SELECT COUNT(*) FROM outbox WHERE status = 'pending'") == 0) {
                    api.clear();
                    return (System.nanoTime() - start) / 1e9;
                }
                sleep(100);
            }
        } catch (SQLException unreadable) {
            throw new IllegalStateException("cannot read Doorway's database: " + unreadable.getMessage(), unreadable);
        }
        api.clear();
        return Double.NaN;
    }

    private static Path inboxFile(String database) {
        return InboxFile.location(new DatabaseSettings(database, Optional.empty(), Optional.empty(), 1)).orElseThrow();
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static LongFunction<String> events(String prefix) {
        String run = prefix.replace(' ', '-');
        return i -> SlackPayloads.directMessage("Ev-" + run + "-" + i, "U" + (i % 50), "D" + (i % 50),
                "my students never speak up " + i);
    }

    private static void print(List<StepResult> results, int fixedRate) {
        System.out.println("Slack ack latency, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version());
        System.out.println(StepResult.header());
        results.forEach(result -> System.out.println(result.row()));
        int bare = best(results, "bare Bolt");
        int doorway = best(results, "Doorway");
        System.out.printf("%nHighest sustained rate: Doorway %d/s, bare Bolt %d/s (ratio %.2f)%n", doorway, bare,
                bare == 0 ? 0.0 : (double) doorway / bare);
        results.stream().filter(r -> r.target().equals("Doorway") && r.rate() == fixedRate).findFirst()
                .ifPresent(r -> System.out.printf("Doorway p99 at %d/s: %.1f ms; answers: %d in %.1f s, %.0f a second%n",
                        fixedRate, r.p99(), r.sent(), r.seconds() + r.answeredAfter(),
                        r.sent() / (r.seconds() + r.answeredAfter())));
    }

    private static int best(List<StepResult> results, String target) {
        return results.stream().filter(r -> r.target().equals(target) && r.seconds() == 10 && r.sustained())
                .mapToInt(StepResult::rate).max().orElse(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
