package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Doorway processes on one PostgreSQL behind HAProxy (round robin, health
 * checks on /readyz), a stream of signed Slack events, each also sent again to
 * the other instance as Slack's retry, and handoff requests; one instance is
 * killed with SIGKILL midway. Every event must be answered exactly once, every
 * handoff assigned once with one summary, nothing lost. Needs PostgreSQL
 * ({@code DOORWAY_TEST_POSTGRES}) and {@code haproxy} on the PATH, and runs when
 * {@code DOORWAY_E2E_LOADBALANCER=1}: {@code .ci/run} installs both and sets it.
 */
class MultiInstanceTest {
    private static final String SECRET = "multi-secret";
    private static final int PROBLEM_USERS = 100;
    private static final int HANDOFF_USERS = 20;
    private static final String PROBLEM = "about 300 first-years and total silence when I ask the room a question";
    private static final String ROSTER = """
            technologists:
            %s""";
    private static final String TECHNOLOGIST = """
              - name: Tech %1$s
                slack: UT%1$s
                email: t%1$s@uni.example
                timezone: UTC
                hours: {mon: "00:00-23:59", tue: "00:00-23:59", wed: "00:00-23:59", thu: "00:00-23:59", fri: "00:00-23:59", sat: "00:00-23:59", sun: "00:00-23:59"}
                capacity: 50
                available: true
            """;

    @TempDir
    Path folder;

    @Test
    void twoInstancesBehindHaproxy_oneKilledMidway_everyEventAnsweredOnce() throws Exception {
        // Several minutes and two extra JVMs: run when asked (.ci/run asks), and then never skipped.
        assumeTrue("1".equals(System.getenv("DOORWAY_E2E_LOADBALANCER")),
                "set DOORWAY_E2E_LOADBALANCER=1 with DOORWAY_TEST_POSTGRES and haproxy on the PATH (.ci/run does)");
        String url = schema(TestDatabases.postgresUrl().orElseThrow());
        Files.writeString(folder.resolve("roster.yaml"), ROSTER.formatted(
                TECHNOLOGIST.formatted("1") + TECHNOLOGIST.formatted("2") + TECHNOLOGIST.formatted("3")));
        CommandRun roster = CommandRun.with(Map.of("DATABASE_URL", url), "", "roster", "import",
                folder.resolve("roster.yaml").toString());
        assertThat(roster.code()).as(roster.err()).isZero();

        try (FakeSlackApi api = new FakeSlackApi()) {
            api.delay(100); // like a real network: posts are in flight when the instance is killed
            Map<String, String> env = Map.of("PORT", "0", "DATABASE_URL", url, "SLACK_BOT_TOKEN", "xoxb-multi",
                    "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.url(), "TIMEZONE", "UTC");
            try (DoorwayProcess a = DoorwayProcess.serve(env, folder.resolve("a.log"));
                    DoorwayProcess b = DoorwayProcess.serve(env, folder.resolve("b.log"))) {
                int portA = a.awaitPort(Duration.ofSeconds(90));
                int portB = b.awaitPort(Duration.ofSeconds(90));
                int lb = freePort();
                Process balancer = haproxy(lb, portA, portB);
                try {
                    awaitReady(lb);
                    run(api, a, b, lb, portA, portB);
                } finally {
                    balancer.destroy();
                    balancer.waitFor(5, TimeUnit.SECONDS);
                    keepLogs();
                }
            }
        }
    }

    private void run(FakeSlackApi api, DoorwayProcess a, DoorwayProcess b, int lb, int portA, int portB)
            throws Exception {
        SlackSigner viaBalancer = SlackSigner.to(SECRET, "http://127.0.0.1:" + lb + "/slack/events");
        SlackSigner toA = SlackSigner.to(SECRET, "http://127.0.0.1:" + portA + "/slack/events");
        SlackSigner toB = SlackSigner.to(SECRET, "http://127.0.0.1:" + portB + "/slack/events");
        List<String> problemUsers = users("UP", PROBLEM_USERS);
        List<String> handoffUsers = users("UH", HANDOFF_USERS);
        List<String[]> events = new ArrayList<>();
        for (int i = 0; i < PROBLEM_USERS; i++) {
            events.add(new String[] {"EvP" + i, problemUsers.get(i), PROBLEM});
            int h = i / 5;
            if (i % 5 == 0) { // a handoff: the problem, then a few events later "talk to a person"
                events.add(new String[] {"EvH" + h + "a", handoffUsers.get(h), PROBLEM});
            } else if (i % 5 == 4) {
                events.add(new String[] {"EvH" + h + "b", handoffUsers.get(h), "talk to a person"});
            }
        }
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger ackedAtAll = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        long killedAt = 0;
        DoorwayProcess survivor = b;
        String killed = "a";
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sending = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String[] event = events.get(i);
            SlackSigner retryTo = i % 2 == 0 ? toB : toA;
            sending.add(senders.submit(() -> {
                String body = SlackPayloads.directMessage(event[0], event[1], FakeSlackApi.channelFor(event[1]),
                        event[2]);
                boolean first = viaBalancer.postJson(body).statusCode() == 200;
                boolean retry = false;
                try { // Slack's retry of the same event, to the other instance
                    retry = retryTo.postJson(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
                            .statusCode() == 200;
                } catch (RuntimeException instanceGone) {
                    // the killed instance: Slack's retry would have gone through the balancer too
                }
                if (first) {
                    acked.incrementAndGet();
                }
                // Not acked at all: Slack retries (after 1 min and 5 min) at the same URL, the balancer.
                for (int attempt = 2; !first && !retry && attempt <= 3; attempt++) {
                    pause(2_000);
                    retry = viaBalancer.postJson(body, "X-Slack-Retry-Num", Integer.toString(attempt),
                            "X-Slack-Retry-Reason", "http_error").statusCode() == 200;
                }
                if (first || retry) {
                    ackedAtAll.incrementAndGet();
                }
                sent.incrementAndGet();
            }));
            if (i == events.size() / 2) {
                while (sent.get() < events.size() / 2) {
                    Thread.sleep(5);
                }
                // Kill the instance delivering the outbox, so that posts are in flight at the kill.
                boolean bDelivers = deliveringOutbox().filter(owner -> logContains(b, owner)).isPresent();
                (bDelivers ? b : a).kill();
                killedAt = System.nanoTime();
                survivor = bDelivers ? a : b;
                killed = bDelivers ? "b" : "a";
            }
        }
        for (Future<?> future : sending) {
            future.get(120, TimeUnit.SECONDS);
        }
        senders.shutdown();

        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline && !(problemUsers.stream().allMatch(user -> posts(api, user) > 0)
                && handoffUsers.stream().allMatch(user -> summaries(api, user) > 0))) {
            Thread.sleep(200);
        }
        long recoveredSeconds = (System.nanoTime() - killedAt) / 1_000_000_000;
        Thread.sleep(5_000); // anything answered twice would show by now

        Map<Integer, Integer> problemPostCounts = histogram(problemUsers.stream().map(user -> posts(api, user)).toList());
        Map<Integer, Integer> distinctReplies = histogram(problemUsers.stream()
                .map(user -> distinctPosts(api, user)).toList());
        int resent = problemUsers.stream().mapToInt(user -> posts(api, user) - distinctPosts(api, user)).sum();
        Map<Integer, Integer> summaryCounts = histogram(handoffUsers.stream().map(user -> summaries(api, user)).toList());
        Map<Integer, Integer> openCounts = histogram(handoffUsers.stream().map(user -> (int) api.calls("conversations.open")
                .stream().filter(call -> call.param("users").contains(user)).count()).toList());
        Map<String, Integer> postsPerItem = new HashMap<>();
        api.calls("chat.postMessage").forEach(call -> postsPerItem.merge(outboxItem(call), 1, Integer::sum));
        long postedTwice = postsPerItem.values().stream().filter(count -> count > 1).count();
        long lost = problemUsers.stream().filter(user -> posts(api, user) == 0).count()
                + handoffUsers.stream().filter(user -> summaries(api, user) == 0).count();
        String figures = "killed instance " + killed + " (it held the outbox lease), events " + events.size() + " (each also retried to the other instance), acked by the "
                + "balancer " + acked.get() + " (the others were in flight on the killed instance), acked at all "
                + ackedAtAll.get() + ", lost " + lost + ", replies per problem message " + problemPostCounts
                + " (distinct " + distinctReplies + ", the same reply sent again " + resent + ")"
                + ", outbox items posted " + postsPerItem.size() + " of which more than once " + postedTwice
                + ", found already posted and marked after the crash " + foundPosted(a, b)
                + ", summaries per handoff " + summaryCounts + ", group DMs per handoff " + openCounts
                + ", all answered " + recoveredSeconds + " s after the SIGKILL; the surviving instance's resident "
                + "memory " + residentMegabytes(survivor.pid()) + " MB (-Xmx256m)";
        System.out.println("multi-instance: " + figures);
        Files.writeString(Path.of("target", "multi-instance.txt"), figures + "\n");

        // A request in flight on the killed instance gets a 502 from the balancer; Slack then retries it, as here.
        assertThat(ackedAtAll.get()).as("every event acked, first time or on Slack's retry").isEqualTo(events.size());
        assertThat(lost).as(figures).isZero();
        assertThat(distinctReplies.keySet()).as("every message answered once, the same way: " + figures).hasSize(1);
        // A reply the killed instance had posted but not marked delivered is found in the DM's history by its
        // metadata and marked, not posted again; every outbox item reaches Slack once.
        assertThat(resent).as("replies sent again after the crash: " + figures).isZero();
        assertThat(postsPerItem.values()).as("chat.postMessage calls per outbox item: " + figures).containsOnly(1);
        assertThat(summaryCounts).as("one summary per handoff").isEqualTo(Map.of(1, HANDOFF_USERS));
        assertThat(openCounts).as("one group DM per handoff").isEqualTo(Map.of(1, HANDOFF_USERS));
        try (Connection sql = DriverManager.getConnection(urlForChecks)) {
            assertThat(count(sql, "SELECT COUNT(*) FROM (SELECT staff_user FROM handoffs GROUP BY staff_user "
                    + "HAVING COUNT(*) > 1) twice")).as("no handoff assigned twice").isZero();
            assertThat(count(sql, "SELECT COUNT(*) FROM handoffs")).isEqualTo(HANDOFF_USERS);
            assertThat(count(sql, "SELECT COUNT(*) FROM outbox WHERE status <> 'delivered'"))
                    .as("every outbox item delivered, none left pending or failed").isZero();
            Map<Integer, Integer> repliesWritten = new HashMap<>();
            for (String user : problemUsers) {
                repliesWritten.merge(count(sql, "SELECT COUNT(*) FROM outbox WHERE platform = 'slack' AND lane LIKE '%"
                        + FakeSlackApi.channelFor(user) + "%'"), 1, Integer::sum);
            }
            assertThat(repliesWritten.keySet()).as("each message's replies written to the outbox once: "
                    + repliesWritten).hasSize(1);
            assertThat(count(sql, "SELECT COUNT(*) FROM processed_events WHERE event_key LIKE 'slack:Ev%'"))
                    .isEqualTo(events.size());
        }
    }

    private String urlForChecks;

    /** The instances' and the balancer's logs, kept in target/ for a run that needs explaining. */
    private void keepLogs() throws Exception {
        Path kept = Files.createDirectories(Path.of("target", "multi-instance"));
        for (String name : List.of("a.log", "b.log", "haproxy.log")) {
            if (Files.exists(folder.resolve(name))) {
                Files.copy(folder.resolve(name), kept.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String schema(String base) {
        urlForChecks = TestDatabases.freshSchema(base);
        return urlForChecks;
    }

    private static long residentMegabytes(long pid) throws Exception {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The job runner owner that holds the Slack outbox's lease now, as the leases table says. */
    private Optional<String> deliveringOutbox() throws Exception {
        try (Connection sql = DriverManager.getConnection(urlForChecks);
                ResultSet rows = sql.createStatement().executeQuery(
                        "SELECT owner FROM leases WHERE name = 'outbox-slack'")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private static boolean logContains(DoorwayProcess process, String text) {
        try {
            return process.log().contains(text);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The outbox item a post names in its metadata. */
    private static String outboxItem(FakeSlackApi.Call call) {
        Matcher item = Pattern.compile("\"item\":\"(\\d+)\"")
                .matcher(String.valueOf(call.param("metadata")));
        return item.find() ? item.group(1) : "none: " + call.ts();
    }

    /** How often the instances' logs say a repeat was found in Slack and marked instead. */
    private static long foundPosted(DoorwayProcess a, DoorwayProcess b) throws Exception {
        return (a.log() + b.log()).lines().filter(line -> line.contains("marking it, not posting it again")).count();
    }

    private static int posts(FakeSlackApi api, String user) {
        String dm = FakeSlackApi.channelFor(user);
        return (int) api.calls("chat.postMessage").stream().filter(call -> dm.equals(call.param("channel"))).count();
    }

    /** Posts to the user's DM that differ in what they say. */
    private static int distinctPosts(FakeSlackApi api, String user) {
        String dm = FakeSlackApi.channelFor(user);
        return (int) api.calls("chat.postMessage").stream().filter(call -> dm.equals(call.param("channel")))
                .map(call -> call.param("text") + "|" + call.param("blocks")).distinct().count();
    }

    private static int summaries(FakeSlackApi api, String user) {
        return (int) api.calls("chat.postMessage").stream().filter(call -> call.param("channel").startsWith("G")
                && call.param("channel").contains(user.substring(1))
                && String.valueOf(call.params()).contains("Teaching question")).count();
    }

    private static Map<Integer, Integer> histogram(List<Integer> counts) {
        Map<Integer, Integer> histogram = new HashMap<>();
        counts.forEach(count -> histogram.merge(count, 1, Integer::sum));
        return histogram;
    }

    private static List<String> users(String prefix, int count) {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(prefix + String.format("%03d", i));
        }
        return users;
    }

    private Process haproxy(int lb, int portA, int portB) throws Exception {
        Path config = folder.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 1s
                    timeout check 3s
                    timeout client 15s
                    timeout server 15s
                    retries 3
                    option redispatch
                    option http-buffer-request
                    retry-on conn-failure empty-response
                frontend slack
                    bind 127.0.0.1:%d
                    default_backend doorway
                backend doorway
                    balance roundrobin
                    option httpchk GET /readyz
                    server a 127.0.0.1:%d check inter 1s fall 3 rise 1
                    server b 127.0.0.1:%d check inter 1s fall 3 rise 1
                """.formatted(lb, portA, portB));
        return new ProcessBuilder("haproxy", "-f", config.toString(), "-db").redirectErrorStream(true)
                .redirectOutput(folder.resolve("haproxy.log").toFile()).start();
    }

    private static void awaitReady(int lb) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lb + "/readyz")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // haproxy still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("haproxy did not answer on port " + lb);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int count(Connection sql, String query) throws Exception {
        try (ResultSet rows = sql.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
