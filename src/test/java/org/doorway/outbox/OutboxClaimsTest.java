package org.doorway.outbox;

import org.doorway.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several claimants racing over one database each get distinct items, and every item exactly once. */
class OutboxClaimsTest {
    @TempDir
    Path folder;

    @Test
    void racing_claimants_never_share_an_item() throws Exception {
        Instant now = Instant.parse("2025-01-14T10:00:00Z");
        try (Database database = OutboxFixture.migratedSqlite(folder)) {
            JdbiOutbox outbox = new JdbiOutbox(database, new TestClock(now));
            for (int i = 0; i < 200; i++) {
                outbox.enqueue("test", "post", "lane-" + i, "item-" + i);
            }
            ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> racers = new ArrayList<>();
            for (int racer = 0; racer < 4; racer++) {
                int id = racer;
                racers.add(threads.submit(() -> {
                    start.await();
                    for (int round = 0; round < 30; round++) {
                        outbox.claim("test", "racer-" + id + "-" + round, now, Duration.ofMinutes(1), 10)
                                .forEach(item -> claimed.add(item.id()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get();
            }
            threads.shutdown();
            assertThat(claimed).doesNotHaveDuplicates().hasSize(200);
        }
    }
}
