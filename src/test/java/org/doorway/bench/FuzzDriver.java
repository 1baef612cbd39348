package org.doorway.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.doorway.app.EmbeddedDoorway;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackFuzz;
import org.doorway.slack.SlackSigner;

/**
 * Posts many fuzzed, correctly signed Slack requests ({@link SlackFuzz}) to a
 * whole Doorway (the {@code serve} wiring, SQLite, a fake Slack API) and
 * reports the answers by status, how many were 5xx, whether {@code /healthz}
 * still says ok, and the heap and resident memory before and after, each
 * after a full GC. The property test runs a few hundred tries; this runs as
 * many as asked, by default 2,000. Run it as docs/reliability.md shows.
 */
public final class FuzzDriver {
    private static final String SECRET = "fuzz-signing-secret";

    private FuzzDriver() {}

    public static void main(String[] args) throws Exception {
        int tries = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path folder = Files.createTempDirectory("doorway-fuzz");
        try (FakeSlackApi api = new FakeSlackApi();
                EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                        "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"), "SLACK_BOT_TOKEN", "xoxb-fuzz",
                        "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.url(), "LOG_LEVEL", "ERROR"))) {
            String base = "http://127.0.0.1:" + doorway.port();
            SlackSigner slack = SlackSigner.to(SECRET, base + "/slack/events");
            // Warm up with a few proper requests so that "before" is the settled process, not its first minute.
            SlackFuzz.requests().sampleStream().limit(50).forEach(request ->
                    slack.send(slack.request(request.contentType(), request.body())));
            // The fake Slack API keeps every call it gets, in this JVM: forget them, they are not Doorway's memory.
            api.clear();
            Memory before = Memory.now();
            Map<Integer, Integer> statuses = new TreeMap<>();
            long started = System.nanoTime();
            SlackFuzz.requests().sampleStream().limit(tries).forEach(request -> statuses.merge(
                    slack.send(slack.request(request.contentType(), request.body())).statusCode(), 1, Integer::sum));
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(5_000);
            api.clear();
            Memory after = Memory.now();
            int serverErrors = statuses.entrySet().stream().filter(entry -> entry.getKey() >= 500)
                    .mapToInt(Map.Entry::getValue).sum();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("%d fuzzed signed requests in %.1f s; answers by status: %s; 5xx: %d%n", tries, seconds,
                    statuses, serverErrors);
            System.out.printf("healthz: %d %s%n", health.statusCode(), health.body());
            System.out.printf("heap used after GC: %d MB before, %d MB after; resident: %d MB before, %d MB after%n",
                    before.heapMb(), after.heapMb(), before.residentMb(), after.residentMb());
        }
    }

    /** Heap in use after a full GC, and the process's resident set. */
    record Memory(long heapMb, long residentMb) {
        static Memory now() throws Exception {
            for (int round = 0; round < 3; round++) {
                System.gc();
                Thread.sleep(200);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            long resident = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(
                            line.replaceAll("[^0-9]", "")) >> 10).findFirst().orElse(-1);
            return new Memory(heap, resident);
        }
    }
}
