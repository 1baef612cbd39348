package org.doorway.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Items the platform accepted whose "delivered" mark has not reached the
 * database yet. The mark is retried with backoff, each try on a connection
 * the pool hands out afresh (it drops the broken ones), for at most half the
 * claim, so it lands before the claim could expire and the item be sent
 * again. Whatever still fails is remembered: the next batch marks it first,
 * and should this instance claim it again, it is marked, not sent. Only a
 * crash between the platform's answer and the mark, or another instance
 * claiming the item after an outage longer than the claim, can still repeat
 * a message (see docs/reliability.md). Thread-safe.
 */
final class DeliveredMarks {
    private static final Logger log = LoggerFactory.getLogger(DeliveredMarks.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    /** Far more than a batch; reached only if the database stays unwritable for a long time. */
    private static final int MAX_REMEMBERED = 100_000;

    private final DeliveryQueue queue;
    private final Clock clock;
    private final Duration retryWithin;
    private final Map<Long, OutboxItem> unmarked = new ConcurrentHashMap<>();

    DeliveredMarks(DeliveryQueue queue, Clock clock, Duration claimFor) {
        this.queue = queue;
        this.clock = clock;
        this.retryWithin = claimFor.dividedBy(2);
    }

    /** True when the platform accepted this item already and only its mark is missing. */
    boolean alreadyDelivered(OutboxItem item) {
        return unmarked.containsKey(item.id());
    }

    /** Remembers, as soon as the platform accepted it, that the item is delivered. */
    void accepted(OutboxItem item) {
        if (unmarked.size() < MAX_REMEMBERED) {
            unmarked.put(item.id(), item);
        }
    }

    /** Marks the items delivered, retrying with backoff; what still fails stays remembered. */
    void mark(List<OutboxItem> items, String claimant) {
        if (items.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + retryWithin.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                queue.delivered(items, claimant, clock.instant());
                items.forEach(item -> unmarked.remove(item.id()));
                if (attempt > 0) {
                    log.info("Marked {} delivered outbox items on try {}", items.size(), attempt + 1);
                }
                return;
            } catch (RuntimeException failure) {
                Duration wait = attempt < BACKOFF.size() ? BACKOFF.get(attempt) : null;
                if (wait == null || System.nanoTime() + wait.toNanos() > deadline) {
                    log.error("Could not mark {} delivered outbox items after {} tries ({}); this instance will mark "
                            + "them, not send them again, once the database answers", items.size(), attempt + 1,
                            rootMessage(failure));
                    return;
                }
                log.warn("Marking {} delivered outbox items failed ({}); trying again in {} ms", items.size(),
                        rootMessage(failure), wait.toMillis());
                if (!pause(wait)) {
                    return;
                }
            }
        }
    }

    /** One try to mark what earlier batches could not; quiet while the database is still away. */
    void markRemembered(String claimant) {
        if (unmarked.isEmpty()) {
            return;
        }
        List<OutboxItem> items = List.copyOf(unmarked.values());
        try {
            queue.delivered(items, claimant, clock.instant());
            items.forEach(item -> unmarked.remove(item.id()));
            log.info("Marked {} outbox items delivered that a database error had left unmarked", items.size());
        } catch (RuntimeException stillAway) {
            log.debug("The database still cannot take {} delivered marks: {}", items.size(), rootMessage(stillAway));
        }
    }

    /** The driver's own words ("terminating connection due to administrator command"), not the statement. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
