package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.doorway.config.DatabaseSettings;
import org.doorway.config.SlackSettings;
import org.doorway.conversation.Turns;
import org.doorway.conversation.TurnsFixture;
import org.doorway.inbox.Foreground;
import org.doorway.inbox.Redelivery;
import org.doorway.outbox.OutboxWorker;
import org.doorway.outbox.RetryPolicy;
import org.doorway.store.JdbiHandoffMessages;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiSetAside;
import org.doorway.store.Migrations;
import org.doorway.store.SqlTransience;
import org.doorway.store.StoredInbox;
import org.doorway.store.ThrowawayPostgres;
import org.doorway.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault injection on PostgreSQL: Doorway's Slack wiring (the signed endpoint,
 * the inbox, the outbox worker, redelivery) on a cluster of the test's own,
 * with the fake Slack API, while the database is restarted (fast shutdown:
 * connections cut, open transactions rolled back). Every direct message must
 * be answered exactly once: 0 lost, 0 duplicated, no apology. Slack's retries
 * are played by the test: a request not acked with 2xx is sent again.
 *
 * <p>Needs initdb and pg_ctl (see {@link ThrowawayPostgres}); without them it
 * is skipped, except in CI ({@code CI=true}), where it fails.
 */
class PostgresRestartTest {
    private static final int MESSAGES = 20;
    /** Shorter than production's two minutes, so that a repeat after an expired claim shows within the test. */
    private static final Duration CLAIM = Duration.ofSeconds(8);

    private final FakeSlackApi api = new FakeSlackApi();
    private ThrowawayPostgres postgres;
    private Database database;
    private StoredInbox inbox;
    private SlackAdapter adapter;
    private WebServer web;
    private SlackSigner slack;
    private final ExecutorService afterAck = Executors.newFixedThreadPool(2);
    private final ExecutorService couriers = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService jobs = Executors.newScheduledThreadPool(2);

    @BeforeEach
    void start() throws Exception {
        Optional<Path> bin = ThrowawayPostgres.binaries();
        if (bin.isEmpty()) {
            String why = "no PostgreSQL binaries (initdb, pg_ctl) in $" + ThrowawayPostgres.BIN_VARIABLE
                    + " or /usr/lib/postgresql/*/bin: install PostgreSQL to run the restart tests";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but " + why);
            }
            Assumptions.abort(why);
        }
        postgres = ThrowawayPostgres.start(bin.get());
        database = Database.open(new DatabaseSettings(postgres.url(), Optional.empty(), Optional.empty(), 8));
        Migrations.migrate(database);
        inbox = StoredInbox.open(database);
        Clock clock = Clock.systemUTC();
        JdbiOutbox outbox = new JdbiOutbox(database, clock);
        Turns turns = TurnsFixture.turns(new EchoIntake(), database, inbox, new JdbiSetAside(database, inbox),
                new SqlTransience(), clock);
        adapter = new SlackAdapter(new SlackSettings("xoxb-test-token", Optional.of(SlackHarness.SECRET),
                Optional.empty(), api.url(), Set.of()), new SlackAdapter.Parts(turns, inbox, database,
                outbox, HomeFacts.none(), afterAck, new Foreground(Duration.ofMillis(200)), clock,
                new JdbiHandoffMessages(database)));
        adapter.start();
        web = new WebServer(0, new SimpleMeterRegistry());
        web.mount(SlackAdapter.PATH, adapter.servlet().orElseThrow());
        web.start();
        slack = SlackSigner.to(SlackHarness.SECRET, "http://127.0.0.1:" + web.port() + SlackAdapter.PATH);
        OutboxWorker worker = new OutboxWorker(outbox, adapter.courier(), clock, couriers,
                new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(5), 20, () -> 0.5), CLAIM);
        Redelivery redelivery = adapter.redelivery(Duration.ofSeconds(3));
        jobs.scheduleWithFixedDelay(() -> quietly(() -> worker.drain(Duration.ofSeconds(1))), 20, 20,
                TimeUnit.MILLISECONDS);
        jobs.scheduleWithFixedDelay(() -> quietly(() -> redelivery.run(Duration.ofSeconds(2))), 500, 500,
                TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        jobs.shutdownNow();
        if (web != null) {
            web.close();
        }
        afterAck.shutdownNow();
        couriers.shutdownNow();
        if (adapter != null) {
            adapter.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        if (database != null) {
            database.close();
        }
        api.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_restart_during_outbox_delivery_neither_loses_nor_repeats_a_message() throws Exception {
        api.delay(150);
        for (int message = 0; message < MESSAGES; message++) {
            sendUntilAcked(SlackPayloads.directMessage("EvOut" + message, "UOUT" + message, "DOUT" + message,
                    "question " + message));
        }
        Await.until("every message's turn has run", () -> pendingEvents() == 0);
        Await.until("deliveries are under way", () -> api.calls("chat.postMessage").size() >= 3);

        postgres.restart();

        assertEveryMessageAnsweredOnce("DOUT");
    }

    /*
     * A turn whose transaction meets the restart is retried (conversation.TurnRetry) or left for redelivery,
     * never answered with the apology; an event the inbox could not record is refused with 503 and Slack's retry
     * (played by sendUntilAcked) brings it again.
     */
    @Test
    void a_restart_during_a_burst_of_direct_messages_neither_loses_nor_repeats_one() throws Exception {
        Thread burst = new Thread(() -> {
            for (int message = 0; message < MESSAGES; message++) {
                sendUntilAcked(SlackPayloads.directMessage("EvBurst" + message, "UBUR" + message, "DBUR" + message,
                        "question " + message));
                pause(50);
            }
        });
        burst.start();
        pause(300);

        postgres.restart();
        burst.join(120_000);

        assertEveryMessageAnsweredOnce("DBUR");
    }

    private void assertEveryMessageAnsweredOnce(String channelPrefix) throws InterruptedException {
        Await.until("every message answered and delivered", Duration.ofSeconds(90),
                () -> pendingEvents() == 0 && pendingOutbox() == 0);
        Thread.sleep(CLAIM.plusSeconds(3).toMillis()); // long enough for a claim to expire and a repeat to show
        List<FakeSlackApi.Call> posts = api.calls("chat.postMessage").stream()
                .filter(call -> call.retryAfter() == 0 && call.param("channel").startsWith(channelPrefix)).toList();
        assertThat(posts).noneSatisfy(call -> assertThat(call.param("text")).isEqualTo(Turns.APOLOGY));
        Map<String, Long> answers = posts.stream().filter(call -> call.param("text").startsWith("You said"))
                .collect(Collectors.groupingBy(call -> call.param("channel"), Collectors.counting()));
        assertThat(answers).as("answers per conversation").hasSize(MESSAGES)
                .allSatisfy((channel, count) -> assertThat(count).as(channel).isEqualTo(1));
        Map<String, Long> questions = posts.stream().filter(call -> call.param("text").equals(EchoIntake.QUESTION))
                .collect(Collectors.groupingBy(call -> call.param("channel"), Collectors.counting()));
        assertThat(questions).as("follow-up questions per conversation").hasSize(MESSAGES)
                .allSatisfy((channel, count) -> assertThat(count).as(channel).isEqualTo(1));
    }

    /** As Slack does: a request that is not acked with a 2xx is sent again, here after a second. */
    private void sendUntilAcked(String body) {
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                HttpResponse<String> ack = slack.postJson(body, "X-Slack-Retry-Num", Integer.toString(attempt));
                if (ack.statusCode() < 300) {
                    return;
                }
            } catch (RuntimeException timedOut) {
                // Slack sends it again, as after any failed delivery.
            }
            pause(1_000);
        }
        throw new AssertionError("an event was never acked");
    }

    private long pendingEvents() {
        try {
            return inbox.pending(SlackInbox.KEY_PREFIX, Clock.systemUTC().instant().plus(Duration.ofDays(1)), 1000)
                    .size();
        } catch (RuntimeException databaseAway) {
            return -1;
        }
    }

    private long pendingOutbox() {
        try {
            return database.withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM outbox WHERE status = 'pending'").mapTo(Long.class).one());
        } catch (RuntimeException databaseAway) {
            return -1;
        }
    }

    private static void quietly(Runnable job) {
        try {
            job.run();
        } catch (RuntimeException databaseAway) {
            // The jobs run again; in production JobRunner logs and carries on the same way.
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
