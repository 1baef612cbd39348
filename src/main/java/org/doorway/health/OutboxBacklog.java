package org.doorway.health;

import java.time.Instant;
import java.util.Optional;

/** How many outgoing messages wait to be delivered, and since when the oldest has waited. */
@FunctionalInterface
public interface OutboxBacklog {

    Waiting waiting();

    record Waiting(long count, Optional<Instant> oldestSince) {}
}
