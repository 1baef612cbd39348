package org.doorway.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorway.outbox.OutboxFixture;
import org.doorway.store.Database;
import org.doorway.store.JdbiInboundEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ack path's writer, on a real SQLite file. */
class GroupCommitTest {
    @TempDir
    Path folder;

    @Test
    void events_that_arrive_together_are_written_together() throws Exception {
        try (Database database = OutboxFixture.migratedSqlite(folder)) {
            Batches batches = new Batches(new JdbiInboundEvents(database));
            CountDownLatch writerBusy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService callers = Executors.newFixedThreadPool(20);
            try (GroupCommit recorder = new GroupCommit(batches, Duration.ofSeconds(10), "test-inbox")) {
                // Hold the writer inside the first batch, so the next twenty wait for it together.
                batches.onFirst = () -> {
                    writerBusy.countDown();
                    await(release);
                };
                Future<Boolean> blocker = callers.submit(() -> recorder.record(event("first")));
                await(writerBusy);
                List<Future<Boolean>> rest = new ArrayList<>();
                for (int i = 0; i < 19; i++) {
                    String key = "slack:Ev" + i;
                    rest.add(callers.submit(() -> recorder.record(event(key))));
                }
                while (recorder.waiting() < rest.size()) {
                    Thread.sleep(5);
                }
                release.countDown();
                assertThat(blocker.get()).isTrue();
                for (Future<Boolean> first : rest) {
                    assertThat(first.get()).isTrue();
                }
            } finally {
                callers.shutdown();
            }
            assertThat(batches.sizes).containsExactly(1, 19);
        }
    }

    @Test
    void a_database_that_fails_is_reported_to_every_waiting_caller() {
        Database database = OutboxFixture.migratedSqlite(folder);
        database.close();
        try (GroupCommit recorder = new GroupCommit(new JdbiInboundEvents(database), Duration.ofSeconds(5),
                "test-inbox")) {
            assertThatThrownBy(() -> recorder.record(event("lost")))
                    .isInstanceOf(InboxUnavailable.class)
                    .hasMessageContaining("could not be recorded");
        }
    }

    @Test
    void after_close_nothing_is_taken() {
        try (Database database = OutboxFixture.migratedSqlite(folder)) {
            GroupCommit recorder = new GroupCommit(new JdbiInboundEvents(database), Duration.ofSeconds(5),
                    "test-inbox");
            assertThat(recorder.record(event("before"))).isTrue();
            recorder.close();
            assertThatThrownBy(() -> recorder.record(event("after")))
                    .isInstanceOf(InboxUnavailable.class)
                    .hasMessageContaining("shutting down");
        }
    }

    private static InboundEvent event(String key) {
        return InboundEvent.durable(key, Instant.EPOCH, "{}");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The real inbox, noting each batch's size. */
    private static final class Batches implements EventInbox {
        final JdbiInboundEvents inbox;
        final List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile Runnable onFirst = () -> { };

        Batches(JdbiInboundEvents inbox) {
            this.inbox = inbox;
        }

        @Override
        public List<Boolean> recordAll(List<InboundEvent> events) {
            sizes.add(events.size());
            if (sizes.size() == 1) {
                onFirst.run();
            }
            return inbox.recordAll(events);
        }

        @Override
        public boolean markHandled(String key, Instant at) {
            return inbox.markHandled(key, at);
        }

        @Override
        public List<InboundEvent> pending(String keyPrefix, Instant receivedBefore, int limit) {
            return inbox.pending(keyPrefix, receivedBefore, limit);
        }
    }
}
