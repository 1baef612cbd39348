package org.doorway.outbox;

import org.doorway.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxWorkerTest {
    @TempDir
    Path folder;

    final TestClock clock = new TestClock(Instant.parse("2025-01-14T10:00:00Z"));
    final RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(1), 3, () -> 0.5);
    final ScriptedCourier courier = new ScriptedCourier();
    Database database;
    JdbiOutbox outbox;
    OutboxWorker worker;

    @BeforeEach
    void open() {
        database = OutboxFixture.migratedSqlite(folder);
        outbox = new JdbiOutbox(database, clock);
        worker = new OutboxWorker(outbox, courier, clock, Runnable::run, retry, Duration.ofMinutes(1));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void delivers_each_lane_in_order_and_lanes_side_by_side() {
        outbox.enqueue("test", "post", "a", "a1");
        outbox.enqueue("test", "post", "a", "a2");
        outbox.enqueue("test", "post", "b", "b1");
        outbox.enqueue("other", "post", "c", "not mine");

        assertThat(worker.deliverBatch()).isEqualTo(2);
        assertThat(courier.payloads()).containsExactly("a1", "b1");
        worker.drain(Duration.ofSeconds(5));

        assertThat(courier.payloads()).containsExactly("a1", "b1", "a2");
        assertThat(status("delivered")).isEqualTo(3);
    }

    @Test
    void gives_way_before_each_claim_and_each_delivery() {
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        Courier noting = new Courier() {
            @Override
            public String platform() {
                return "test";
            }

            @Override
            public Delivery deliver(OutboxItem item) {
                events.add("deliver " + item.payloadJson());
                return Delivery.delivered();
            }
        };
        OutboxWorker polite = new OutboxWorker(outbox, noting, clock, Runnable::run, retry, Duration.ofMinutes(1),
                () -> events.add("give way"));
        outbox.enqueue("test", "post", "a", "a1");
        outbox.enqueue("test", "post", "b", "b1");

        polite.deliverBatch();

        assertThat(events).containsExactly("give way", "give way", "deliver a1", "give way", "deliver b1");
    }

    @Test
    void retry_after_waits_as_long_as_the_platform_asks_then_delivers() {
        courier.then(new Delivery.RetryAfter(Duration.ofSeconds(30)));
        outbox.enqueue("test", "post", "a", "hello");

        worker.drain(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(29));
        worker.drain(Duration.ofSeconds(5));
        assertThat(courier.seen).hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        worker.drain(Duration.ofSeconds(5));
        assertThat(courier.seen).hasSize(2);
        assertThat(status("delivered")).isEqualTo(1);
    }

    @Test
    void transient_failures_back_off_then_give_up_after_the_last_attempt() {
        courier.then(new Delivery.RetryLater("HTTP 503")).then(new Delivery.RetryLater("timeout"))
                .then(new Delivery.RetryLater("HTTP 502"));
        outbox.enqueue("test", "post", "a", "hello");

        worker.drain(Duration.ofSeconds(5));
        clock.advance(Duration.ofMillis(1_400));
        worker.drain(Duration.ofSeconds(5));
        assertThat(courier.seen).as("backoff after the first failure is 1.5 s").hasSize(1);

        clock.advance(Duration.ofMillis(200));
        worker.drain(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(4));
        worker.drain(Duration.ofSeconds(5));
        clock.advance(Duration.ofMinutes(5));
        worker.drain(Duration.ofSeconds(5));

        assertThat(courier.seen).hasSize(3);
        assertThat(status("failed")).isEqualTo(1);
        assertThat(OutboxFixture.count(database, "SELECT attempts FROM outbox")).isEqualTo(3);
    }

    @Test
    void a_refusal_is_not_retried_and_does_not_block_the_lane() {
        courier.then(new Delivery.Failed("channel_not_found"));
        outbox.enqueue("test", "post", "a", "first");
        outbox.enqueue("test", "post", "a", "second");

        worker.drain(Duration.ofSeconds(5));

        assertThat(courier.payloads()).containsExactly("first", "second");
        assertThat(status("failed")).isEqualTo(1);
        assertThat(status("delivered")).isEqualTo(1);
    }

    @Test
    void an_item_claimed_by_an_instance_that_died_is_delivered_once_the_claim_expires() {
        outbox.enqueue("test", "post", "a", "hello");
        assertThat(outbox.claim("test", "dead-instance", clock.instant(), Duration.ofMinutes(1), 10)).hasSize(1);

        OutboxWorker restarted = new OutboxWorker(new JdbiOutbox(database, clock), courier, clock, Runnable::run,
                retry, Duration.ofMinutes(1));
        restarted.drain(Duration.ofSeconds(5));
        assertThat(courier.seen).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        restarted.drain(Duration.ofSeconds(5));
        assertThat(courier.payloads()).containsExactly("hello");
    }

    @Test
    void enqueue_joins_the_callers_transaction() {
        try {
            database.run(() -> {
                outbox.enqueue("test", "post", "a", "hello");
                throw new IllegalStateException("the state change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(OutboxFixture.count(database, "SELECT COUNT(*) FROM outbox")).isZero();
    }

    private long status(String status) {
        return OutboxFixture.count(database, "SELECT COUNT(*) FROM outbox WHERE status = '" + status + "'");
    }
}
