package org.doorway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doorway.TestClock;
import org.doorway.config.DatabaseSettings;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A message the platform accepted is not sent again when the database
 * refuses its "delivered" mark: on real SQLite and PostgreSQL, a trigger makes
 * the mark fail (as a restarted connection does) right after the post.
 */
class DeliveredMarkTest {
    private static final Duration CLAIM = Duration.ofSeconds(2);

    @TempDir
    static Path folder;

    final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
    final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    final List<OutboxItem> posted = new CopyOnWriteArrayList<>();
    Database database;

    static List<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder);
    }

    @AfterEach
    void close() {
        later.shutdownNow();
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_mark_that_fails_for_a_moment_is_retried_and_the_post_is_not_repeated(TestDatabases.Kind kind) {
        OutboxWorker worker = worker(kind, () -> {
            refuseDeliveredMarks();
            later.schedule(this::acceptDeliveredMarks, 600, TimeUnit.MILLISECONDS);
        });
        JdbiOutbox outbox = new JdbiOutbox(database, clock);
        outbox.enqueue("test", "post", "conversation-1", "hello");

        worker.deliverBatch();
        clock.advance(CLAIM.multipliedBy(3));
        worker.drain(Duration.ofSeconds(5));

        assertThat(posted).hasSize(1);
        assertThat(delivered()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_mark_that_fails_for_longer_than_its_retries_is_made_later_and_the_post_is_not_repeated(
            TestDatabases.Kind kind) {
        OutboxWorker worker = worker(kind, () -> {
            if (posted.size() == 1) {
                refuseDeliveredMarks();
            }
        });
        JdbiOutbox outbox = new JdbiOutbox(database, clock);
        outbox.enqueue("test", "post", "conversation-1", "hello");
        outbox.enqueue("test", "post", "conversation-1", "and then this");

        worker.deliverBatch();
        clock.advance(CLAIM.multipliedBy(3));
        worker.deliverBatch();
        acceptDeliveredMarks();
        clock.advance(CLAIM.multipliedBy(3));
        worker.drain(Duration.ofSeconds(5));

        assertThat(posted).extracting(OutboxItem::payloadJson).containsExactly("hello", "and then this");
        assertThat(delivered()).isEqualTo(2);
    }

    private OutboxWorker worker(TestDatabases.Kind kind, Runnable afterEachPost) {
        database = kind.open().get();
        JdbiOutbox queue = new JdbiOutbox(database, clock);
        Courier courier = new Courier() {
            @Override
            public String platform() {
                return "test";
            }

            @Override
            public Delivery deliver(OutboxItem item) {
                posted.add(item);
                afterEachPost.run();
                return Delivery.delivered();
            }
        };
        return new OutboxWorker(queue, courier, clock, Runnable::run,
                new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 5, () -> 0.5), CLAIM);
    }

    private void refuseDeliveredMarks() {
        if (database.kind() == DatabaseSettings.Kind.SQLITE) {
            database.useHandle(handle -> handle.execute("""
                    CREATE TRIGGER IF NOT EXISTS refuse_delivered BEFORE UPDATE OF status ON outbox
                    WHEN NEW.status = 'delivered'
                    BEGIN SELECT RAISE(ABORT, 'injected: the connection was lost'); END"""));
        } else {
            database.useHandle(handle -> {
                handle.execute("""
                        CREATE OR REPLACE FUNCTION refuse_delivered() RETURNS trigger LANGUAGE plpgsql AS
                        'BEGIN RAISE EXCEPTION ''injected: the connection was lost''; END'""");
                handle.execute("DROP TRIGGER IF EXISTS refuse_delivered ON outbox");
                handle.execute("""
                        CREATE TRIGGER refuse_delivered BEFORE UPDATE ON outbox FOR EACH ROW
                        WHEN (NEW.status = 'delivered') EXECUTE FUNCTION refuse_delivered()""");
            });
        }
    }

    private void acceptDeliveredMarks() {
        database.useHandle(handle -> handle.execute(database.kind() == DatabaseSettings.Kind.SQLITE
                ? "DROP TRIGGER IF EXISTS refuse_delivered" : "DROP TRIGGER IF EXISTS refuse_delivered ON outbox"));
    }

    private long delivered() {
        return OutboxFixture.count(database, "SELECT COUNT(*) FROM outbox WHERE status = 'delivered'");
    }
}
