package org.doorway.health;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Operators' figures for /metrics, read in one go. */
public interface OperationalFigures {

    Snapshot read();

    /**
     * Requests by where they ended up (status), handoffs waiting for a person
     * and the oldest one's request time, undelivered outbox rows and the oldest
     * per platform, deliveries given up per platform, and inbound events acked
     * but not yet answered.
     */
    record Snapshot(Map<String, Long> requestsByOutcome, long handoffsWaiting, Optional<Instant> oldestHandoff,
            Map<String, Long> outboxDepth, Map<String, Instant> oldestUndelivered, Map<String, Long> deliveryFailures,
            long inboxBacklog) {}
}
