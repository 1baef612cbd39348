package org.doorway.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.doorway.config.SlackSettings;
import org.doorway.conversation.Turns;
import org.doorway.inbox.Foreground;
import org.doorway.inbox.Redelivery;
import org.doorway.jobs.JobRunner;
import org.doorway.outbox.OutboxWorker;
import org.doorway.outbox.RetryPolicy;
import org.doorway.slack.HomeFacts;
import org.doorway.slack.SlackAdapter;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.StoredInbox;
import org.doorway.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack, when configured: the Bolt endpoint mounted on Doorway's web server
 * (or Socket Mode), a bounded pool for the work after each ack, the Slack
 * outbox delivered by a job every 100 ms under a lease, and a job every 15 s
 * that answers messages left waiting in the inbox. Closing first stops
 * taking Slack's requests (in Socket Mode the connection; over HTTP the web
 * server has already stopped), so that nothing is acked and then dropped by a
 * pool that is shutting down; then it finishes the work after acks, stops the
 * delivery and closes the adapter.
 */
final class SlackWiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackWiring.class);
    private static final Duration DELIVERY_EVERY = Duration.ofMillis(100);
    /** Events older than this still waiting in the inbox were left behind by a restart or a full queue. */
    private static final Duration REDELIVER_AFTER = Duration.ofMinutes(1);
    /** The longest an answer or a delivery waits for acks in progress, so a long burst cannot starve them. */
    private static final Duration MAX_GIVE_WAY = Duration.ofMillis(200);

    private final SlackAdapter adapter;
    private final ExecutorService afterAck;
    private final ExecutorService couriers;

    private SlackWiring(SlackAdapter adapter, ExecutorService afterAck, ExecutorService couriers) {
        this.adapter = adapter;
        this.afterAck = afterAck;
        this.couriers = couriers;
    }

    /** Builds and starts Slack on {@code web}, for the settings' Slack credentials; call before web.start(). */
    static SlackWiring start(SlackSettings settings, WebServer web, JobRunner jobs, Turns turns, HomeFacts home,
            Database database, StoredInbox inbox, Stores stores, Clock clock) {
        JdbiOutbox outbox = stores.outbox();
        // Bounded: when Doorway cannot keep up, messages wait in the inbox for the redelivery job instead.
        ExecutorService afterAck = new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), DaemonThreads.named("slack-work"));
        ExecutorService couriers = Executors.newFixedThreadPool(4, DaemonThreads.named("slack-outbox"));
        Foreground foreground = new Foreground(MAX_GIVE_WAY);
        SlackAdapter adapter = new SlackAdapter(settings, new SlackAdapter.Parts(turns, inbox,
                database, outbox, home, afterAck, foreground, clock,
                stores.handoffMessages()));
        adapter.start();
        adapter.servlet().ifPresent(servlet -> web.mount(SlackAdapter.PATH, servlet));
        OutboxWorker worker = new OutboxWorker(outbox, adapter.courier(), clock, couriers,
                RetryPolicy.standard(), Duration.ofMinutes(2), foreground::giveWay);
        jobs.every("outbox-slack", DELIVERY_EVERY, () -> worker.drain(Duration.ofMillis(250)));
        Redelivery redelivery = adapter.redelivery(REDELIVER_AFTER);
        jobs.every("inbox-slack", Duration.ofSeconds(15), () -> redelivery.run(Duration.ofSeconds(30)));
        jobs.every("outbox-slack-forget", Duration.ofHours(1),
                () -> outbox.forgetSettledBefore(clock.instant().minus(Duration.ofDays(7))));
        log.info("Slack ready: {}", settings.socketMode() ? "Socket Mode" : "events at " + SlackAdapter.PATH);
        return new SlackWiring(adapter, afterAck, couriers);
    }

    SlackAdapter adapter() {
        return adapter;
    }

    /** Call after the job runner has stopped, so that no delivery runs on a closing adapter. */
    @Override
    public void close() {
        adapter.stopReceiving();
        afterAck.shutdown();
        try {
            if (!afterAck.awaitTermination(5, TimeUnit.SECONDS)) {
                // Not run against a database about to close: they wait in the inbox for the next start.
                log.info("Stopping with {} Slack events not yet answered; they wait in the inbox",
                        afterAck.shutdownNow().size());
                afterAck.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        couriers.shutdown();
        adapter.close();
    }

}
