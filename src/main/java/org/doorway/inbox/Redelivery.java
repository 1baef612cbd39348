package org.doorway.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers durable events that waited in the inbox longer than {@code grace}:
 * their instance stopped between the ack and the answer, or its work queue was
 * full. The handler marks each one handled in the unit of work that answers
 * it, so an event that is answered elsewhere meanwhile is not answered twice.
 * Meant to run as a leased job.
 */
public final class Redelivery {
    private static final Logger log = LoggerFactory.getLogger(Redelivery.class);
    static final int BATCH = 200;

    private final EventInbox inbox;
    private final String keyPrefix;
    private final Clock clock;
    private final Duration grace;
    private final Consumer<InboundEvent> handler;

    /** Handles pending events whose keys start with {@code keyPrefix} (one platform's). */
    public Redelivery(EventInbox inbox, String keyPrefix, Clock clock, Duration grace,
            Consumer<InboundEvent> handler) {
        this.inbox = inbox;
        this.keyPrefix = keyPrefix;
        this.clock = clock;
        this.grace = grace;
        this.handler = handler;
    }

    /**
     * Hands every overdue event to the handler, a batch at a time, for at
     * most {@code budget}; returns how many it was given. An event whose
     * handler fails stays in the inbox for the next run.
     */
    public int run(Duration budget) {
        long stopAt = System.nanoTime() + budget.toNanos();
        Set<String> tried = new HashSet<>();
        boolean more = true;
        while (more && System.nanoTime() < stopAt) {
            List<InboundEvent> due = inbox.pending(keyPrefix, clock.instant().minus(grace), BATCH);
            int before = tried.size();
            for (InboundEvent event : due) {
                if (tried.add(event.key())) {
                    handle(event);
                }
            }
            more = due.size() == BATCH && tried.size() > before;
        }
        if (!tried.isEmpty()) {
            log.info("Took up {} events that were waiting in the inbox (after a restart or a full queue)",
                    tried.size());
        }
        return tried.size();
    }

    private void handle(InboundEvent event) {
        try {
            handler.accept(event);
        } catch (RuntimeException failure) {
            log.warn("Event {} is still waiting in the inbox and will be tried again: {}", event.key(),
                    failure.toString());
        }
    }
}
