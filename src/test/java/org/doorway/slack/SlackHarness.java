package org.doorway.slack;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doorway.config.SlackSettings;
import org.doorway.conversation.StaffDialogue;
import org.doorway.conversation.Turns;
import org.doorway.conversation.TurnsFixture;
import org.doorway.inbox.Foreground;
import org.doorway.TestClock;
import org.doorway.outbox.OutboxFixture;
import org.doorway.outbox.OutboxWorker;
import org.doorway.outbox.RetryPolicy;
import org.doorway.store.JdbiHandoffMessages;
import org.doorway.store.Database;
import org.doorway.store.InboxFile;
import org.doorway.store.JdbiSetAside;
import org.doorway.store.SqlTransience;
import org.doorway.store.StoredInbox;
import org.doorway.store.JdbiOutbox;
import org.doorway.web.WebServer;

/**
 * Doorway's Slack endpoint for real: Jetty on a free loopback port, the Bolt
 * app, a migrated SQLite file, the outbox worker delivering to a
 * {@link FakeSlackApi}. The clock only moves when a test moves it.
 * {@link #overSocketMode} connects to a {@link FakeSocketMode} instead: no
 * signing secret, no web server ({@link #web} and {@link #slack} are null).
 */
final class SlackHarness implements AutoCloseable {
    static final String SECRET = "test-signing-secret";
    static final String APP_TOKEN = "xapp-1-A0001-1-test";
    static final Duration GIVE_WAY = Duration.ofMillis(200);

    final FakeSlackApi api = new FakeSlackApi();
    final FakeSocketMode socket;
    final TestClock clock = TestClock.atNow();
    final Database database;
    final StoredInbox inbox;
    final SlackAdapter adapter;
    final WebServer web;
    final SlackSigner slack;
    private final ExecutorService afterAck;
    private final ExecutorService couriers = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor();

    SlackHarness(Path folder, StaffDialogue intake) {
        this(folder, intake, null, Executors.newFixedThreadPool(2));
    }

    static SlackHarness overSocketMode(Path folder, StaffDialogue intake) {
        return new SlackHarness(folder, intake, new FakeSocketMode(), Executors.newFixedThreadPool(2));
    }

    /** As if Doorway stopped right after each ack (or its work queue was full): the work after acks never runs. */
    static SlackHarness stoppingAfterEachAck(Path folder, StaffDialogue intake) {
        return new SlackHarness(folder, intake, null, new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new ThreadPoolExecutor.AbortPolicy()) {
            @Override
            public void execute(Runnable command) {
                throw new RejectedExecutionException("stopped after the ack");
            }
        });
    }

    private SlackHarness(Path folder, StaffDialogue intake, FakeSocketMode socket, ExecutorService afterAck) {
        this.socket = socket;
        this.afterAck = afterAck;
        database = OutboxFixture.migratedSqlite(folder);
        inbox = StoredInbox.open(database);
        JdbiOutbox outbox = new JdbiOutbox(database, clock);
        SlackSettings settings = socket == null
                ? new SlackSettings("xoxb-test-token", Optional.of(SECRET), Optional.empty(), api.url(), Set.of())
                : new SlackSettings("xoxb-test-token", Optional.empty(), Optional.of(APP_TOKEN), api.url(), Set.of());
        if (socket != null) {
            api.socketModeAt(socket.url());
        }
        Turns turns = TurnsFixture.turns(intake, database, inbox, new JdbiSetAside(database, inbox),
                new SqlTransience(), clock);
        adapter = new SlackAdapter(settings, new SlackAdapter.Parts(turns, inbox, database, outbox, HomeFacts.none(),
                afterAck, new Foreground(GIVE_WAY), clock, new JdbiHandoffMessages(database)));
        adapter.start();
        if (socket != null) { // serve connects in the background; here the test waits for it
            org.doorway.health.ProbeResult connected = adapter.probe().probe();
            if (!(connected instanceof org.doorway.health.ProbeResult.Reachable)) {
                throw new IllegalStateException("Socket Mode did not connect: " + connected);
            }
        }
        if (socket == null) {
            web = new WebServer(0, new SimpleMeterRegistry());
            web.mount(SlackAdapter.PATH, adapter.servlet().orElseThrow());
            web.start();
            slack = SlackSigner.to(SECRET, "http://127.0.0.1:" + web.port() + SlackAdapter.PATH);
        } else {
            web = null;
            slack = null;
        }
        OutboxWorker worker = new OutboxWorker(outbox, adapter.courier(), clock, couriers,
                new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 5, () -> 0.5), Duration.ofMinutes(1));
        delivery.scheduleWithFixedDelay(() -> worker.drain(Duration.ofSeconds(1)), 5, 5, TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until every message Doorway took is answered and every reply
     * delivered: nothing waits in the inbox, nothing in the outbox. Answers
     * run side by side, so one answer arriving says nothing about the others.
     */
    void awaitAllAnswered() {
        Await.until("every message answered and every reply delivered", () -> inbox.pending(SlackInbox.KEY_PREFIX,
                clock.instant().plus(Duration.ofDays(3650)), 1).isEmpty() && rows("outbox WHERE status = 'pending'") == 0);
    }

    /** How many events the inbox holds, whether answered or not. */
    long recordedEvents() {
        Path file = InboxFile.location(database.settings()).orElseThrow();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM processed_events")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException unreadable) {
            throw new IllegalStateException("cannot read the inbox file " + file, unreadable);
        }
    }

    long rows(String table) {
        return OutboxFixture.count(database, "SELECT COUNT(*) FROM " + table);
    }

    @Override
    public void close() throws Exception {
        if (web != null) {
            web.close();
        }
        adapter.stopReceiving();
        delivery.shutdownNow();
        afterAck.shutdown();
        afterAck.awaitTermination(5, TimeUnit.SECONDS);
        couriers.shutdownNow();
        adapter.close();
        inbox.close();
        database.close();
        api.close();
        if (socket != null) {
            socket.close();
        }
    }
}
