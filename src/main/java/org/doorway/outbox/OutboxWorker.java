package org.doorway.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one platform's outbox: claims due items (one per lane, so a
 * conversation's messages keep their order), hands them to the courier on the
 * executor, and records the outcome. All state is in the database, so a
 * restart loses nothing; an item whose instance died mid-delivery is claimed
 * again when its claim expires. An item the platform accepted is never sent
 * again because its mark failed ({@link DeliveredMarks}). After a 429 the
 * worker pauses the platform until Retry-After has passed. Thread-safe; {@link #drain} is meant to run
 * from one scheduler thread per instance.
 */
public final class OutboxWorker {
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 16;

    private final DeliveryQueue queue;
    private final Courier courier;
    private final Clock clock;
    private final Executor executor;
    private final RetryPolicy retry;
    private final Duration claimFor;
    private final Runnable giveWay;
    private final String instance = "outbox-" + UUID.randomUUID();
    private final AtomicLong claims = new AtomicLong();
    private final DeliveredMarks marks;
    private volatile Instant pausedUntil = Instant.MIN;

    public OutboxWorker(DeliveryQueue queue, Courier courier, Clock clock, Executor executor, RetryPolicy retry,
            Duration claimFor) {
        this(queue, courier, clock, executor, retry, claimFor, () -> { });
    }

    /** As above, running {@code giveWay} before each claim and each delivery, to let more urgent work go first. */
    public OutboxWorker(DeliveryQueue queue, Courier courier, Clock clock, Executor executor, RetryPolicy retry,
            Duration claimFor, Runnable giveWay) {
        this.giveWay = giveWay;
        this.queue = queue;
        this.courier = courier;
        this.clock = clock;
        this.executor = executor;
        this.retry = retry;
        this.claimFor = claimFor;
        this.marks = new DeliveredMarks(queue, clock, claimFor);
    }

    /** Delivers batches until nothing is due or {@code budget} is spent; returns how many items were settled. */
    public int drain(Duration budget) {
        Instant stopAt = clock.instant().plus(budget);
        int settled = 0;
        while (clock.instant().isBefore(stopAt)) {
            int batch = deliverBatch();
            if (batch == 0) {
                break;
            }
            settled += batch;
        }
        return settled;
    }

    /** Claims and delivers one batch; returns how many items it claimed. */
    public int deliverBatch() {
        giveWay.run();
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return 0;
        }
        String claimant = instance + "-" + claims.incrementAndGet();
        marks.markRemembered(claimant);
        List<OutboxItem> items = queue.claim(courier.platform(), claimant, now, claimFor, BATCH);
        List<OutboxItem> delivered = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> running = new ArrayList<>(items.size());
        for (OutboxItem item : items) {
            running.add(CompletableFuture.runAsync(() -> {
                if (marks.alreadyDelivered(item)) {
                    log.info("{} was delivered before; marking it, not sending it again", item.describe());
                    delivered.add(item);
                    return;
                }
                giveWay.run();
                Delivery outcome = deliver(item);
                if (outcome instanceof Delivery.Delivered) {
                    marks.accepted(item);
                    delivered.add(item);
                } else {
                    settleOrLeave(item, claimant, outcome);
                }
            }, executor));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        marks.mark(delivered, claimant);
        return items.size();
    }

    private Delivery deliver(OutboxItem item) {
        try {
            return courier.deliver(item);
        } catch (RuntimeException bug) {
            log.error("Courier failed on {}; will retry", item.describe(), bug);
            return new Delivery.RetryLater(bug.toString());
        }
    }

    /** A failed attempt whose outcome cannot be written stays claimed: it is tried again when the claim expires. */
    private void settleOrLeave(OutboxItem item, String claimant, Delivery outcome) {
        try {
            settle(item, claimant, outcome);
        } catch (RuntimeException databaseAway) {
            log.warn("Could not record the outcome of {} ({}); it is tried again when its claim expires",
                    item.describe(), databaseAway.getMessage());
        }
    }

    private void settle(OutboxItem item, String claimant, Delivery outcome) {
        Instant now = clock.instant();
        if (outcome instanceof Delivery.RetryAfter wait) {
            Instant next = now.plus(wait.delay());
            pausedUntil = next.isAfter(pausedUntil) ? next : pausedUntil;
            log.info("{} rate-limited; retrying after {} s as the platform asks", item.describe(),
                    wait.delay().toSeconds());
            queue.retryAt(item, claimant, item.attempts(), next, "rate limited");
        } else if (outcome instanceof Delivery.RetryLater failure) {
            retryOrGiveUp(item, claimant, failure.reason(), now);
        } else if (outcome instanceof Delivery.Failed failed) {
            log.error("Gave up on {}: the platform refused it ({}); not retrying", item.describe(), failed.reason());
            queue.failed(item, claimant, item.attempts() + 1, now, failed.reason());
        }
    }

    private void retryOrGiveUp(OutboxItem item, String claimant, String reason, Instant now) {
        int attempts = item.attempts() + 1;
        if (retry.givesUpAfter(attempts)) {
            log.error("Gave up on {} after {} attempts over {}; last error: {}", item.describe(), attempts,
                    Duration.between(item.createdAt(), now), reason);
            queue.failed(item, claimant, attempts, now, reason);
            return;
        }
        Duration wait = retry.backoff(attempts);
        log.warn("{} failed (attempt {} of {}): {}; retrying in {} ms", item.describe(), attempts,
                retry.maxAttempts(), reason, wait.toMillis());
        queue.retryAt(item, claimant, attempts, now.plus(wait), reason);
    }
}
