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
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongFunction;
import org.doorway.app.EmbeddedDoorway;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;

/**
 * Ack latency of Doorway's Slack endpoint against a bare Bolt app, in one run
 * on loopback: signed {@code message.im} events at a fixed rate (200/s for
 * 20 s), then a ramp of 10 s steps to find the highest rate each sustains
 * without errors. Doorway runs with its real wiring (SQLite file, outbox,
 * delivery to a fake Slack Web API); the bare app only acks. After each
 * step the driver waits until Doorway has answered every message and
 * delivered every reply, and reports how long after the step that was.
 * Prints a Markdown table. Bounded: at most {@value #MAX_RATE} events/s and
 * {@value #SETTLE_MINUTES} minutes of catching up per step.
 *
 * <p>Arguments: {@code [rate] [seconds] [both|bare|doorway]}, by default
 * {@code 200 20 both}; one target alone is for profiling. Run it as
 * docs/benchmarks.md shows.
 */
public final class SlackLoadDriver {
    static final String SECRET = "load-signing-secret";
    static final int MAX_RATE = 3000;
    static final int SETTLE_MINUTES = 5;
    static final int[] RAMP = {200, 400, 600, 800, 1000, 1100, 1250, 1400, 1500, 1750, 2000, 2500, MAX_RATE};

    private SlackLoadDriver() {}

    public static void main(String[] args) throws Exception {
        // The JDK client opens a connection whenever none is idle and keeps every one for 20 minutes: under load
        // that grew to thousands of sockets (the process's file limit) and hundreds of MB of buffers, in this JVM.
        System.setProperty("jdk.httpclient.connectionPoolSize", "256");
        System.setProperty("jdk.httpclient.keepalive.timeout", "30");
        int fixedRate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int fixedSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String only = args.length > 2 ? args[2] : "both";
        List<StepResult> results = new ArrayList<>();
        try (FakeSlackApi api = new FakeSlackApi()) {
            if (!only.equals("doorway")) {
                try (BareBoltApp bare = new BareBoltApp(SECRET, api.url())) {
                    results.addAll(measure("bare Bolt", signer(bare.url()), fixedRate, fixedSeconds,
                            () -> Double.NaN));
                }
            }
            if (only.equals("bare")) {
                print(results, fixedRate);
                return;
            }
            Path folder = Files.createTempDirectory("doorway-load");
            String database = "jdbc:sqlite:" + folder.resolve("doorway.db");
            try (EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                    "DATABASE_URL", database, "SLACK_BOT_TOKEN", "xoxb-load",
                    "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.url(), "LOG_LEVEL", "WARN"))) {
                String url = "http://127.0.0.1:" + doorway.port() + "/slack/events";
                results.addAll(measure("Doorway", signer(url), fixedRate, fixedSeconds,
                        () -> settle(database, api)));
            }
        }
        print(results, fixedRate);
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
     * The fixed step, then the ramp. After each step {@code settle} waits until
     * the target has answered everything and says how long that took.
     */
    private static List<StepResult> measure(String target, SlackSigner signer, int fixedRate, int fixedSeconds,
            DoubleSupplier settle) {
        FixedRateLoad load = new FixedRateLoad(signer);
        List<StepResult> results = new ArrayList<>();
        System.err.println("Warming up " + target + " …");
        load.run(target, fixedRate, 10, events(target + "-warm"));
        settle.getAsDouble();
        StepResult fixed = load.run(target, fixedRate, fixedSeconds, events(target + "-fixed"))
                .answeredAfter(settle.getAsDouble());
        System.err.println(fixed.row());
        results.add(fixed);
        for (int rate : RAMP) {
            StepResult step = load.run(target, rate, 10, events(target + "-" + rate))
                    .answeredAfter(settle.getAsDouble());
            System.err.println(step.row());
            results.add(step);
            if (!step.sustained()) {
                break;
            }
        }
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
            while (System.nanoTime() < deadline) {
                if (count(statement, "SELECT COUNT(*) FROM processed_events WHERE handled_at IS NULL "
                        + "AND work IS NOT NULL") == 0
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
                .ifPresent(r -> System.out.printf("Doorway p99 at %d/s: %.1f ms%n", fixedRate, r.p99()));
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
