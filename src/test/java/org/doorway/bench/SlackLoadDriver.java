package org.doorway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * delivery to a fake Slack Web API); the bare app only acks. Prints a
 * Markdown table. Bounded: at most {@value #MAX_RATE} events/s and a few
 * minutes in all.
 *
 * <p>Run: {@code mvn -o -q test-compile && mvn -o -q exec:java ...} (see docs/benchmarks.md).
 */
public final class SlackLoadDriver {
    static final String SECRET = "load-signing-secret";
    static final int MAX_RATE = 3000;
    static final int[] RAMP = {200, 400, 600, 800, 1000, 1250, 1500, 2000, 2500, MAX_RATE};

    private SlackLoadDriver() {}

    public static void main(String[] args) throws Exception {
        int fixedRate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int fixedSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<StepResult> results = new ArrayList<>();
        try (FakeSlackApi api = new FakeSlackApi()) {
            try (BareBoltApp bare = new BareBoltApp(SECRET, api.url())) {
                results.addAll(measure("bare Bolt", SlackSigner.to(SECRET, bare.url()), fixedRate, fixedSeconds,
                        () -> { }));
            }
            Path folder = Files.createTempDirectory("doorway-load");
            try (EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                    "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"), "SLACK_BOT_TOKEN", "xoxb-load",
                    "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.url(), "LOG_LEVEL", "WARN"))) {
                String url = "http://127.0.0.1:" + doorway.port() + "/slack/events";
                results.addAll(measure("Doorway", SlackSigner.to(SECRET, url), fixedRate, fixedSeconds,
                        () -> settle(api)));
            }
        }
        print(results, fixedRate);
    }

    private static List<StepResult> measure(String target, SlackSigner signer, int fixedRate, int fixedSeconds,
            Runnable betweenSteps) {
        FixedRateLoad load = new FixedRateLoad(signer);
        List<StepResult> results = new ArrayList<>();
        System.err.println("Warming up " + target + " …");
        load.run(target, fixedRate, 10, events(target + "-warm"));
        betweenSteps.run();
        StepResult fixed = load.run(target, fixedRate, fixedSeconds, events(target + "-fixed"));
        System.err.println(fixed.row());
        results.add(fixed);
        betweenSteps.run();
        for (int rate : RAMP) {
            StepResult step = load.run(target, rate, 10, events(target + "-" + rate));
            System.err.println(step.row());
            results.add(step);
            betweenSteps.run();
            if (!step.sustained()) {
                break;
            }
        }
        return results;
    }

    /** Lets Doorway's outbox catch up between steps (bounded), so each step starts from the same place. */
    private static void settle(FakeSlackApi api) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int last = -1;
        while (System.nanoTime() < deadline) {
            int now = api.calls("chat.postMessage").size();
            if (now == last) {
                break;
            }
            last = now;
            sleep(1_000);
        }
        api.clear();
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
