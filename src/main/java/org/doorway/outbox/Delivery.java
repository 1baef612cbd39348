package org.doorway.outbox;

import java.time.Duration;
import java.util.Objects;

/** What became of one delivery attempt. Values, not exceptions: each is an expected outcome. */
public sealed interface Delivery {

    /** The platform accepted it. */
    record Delivered() implements Delivery {}

    /** The platform said to wait (HTTP 429 with Retry-After); not counted as a failed attempt. */
    record RetryAfter(Duration delay) implements Delivery {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** A transient failure (5xx, timeout, I/O): try again after a backoff. */
    record RetryLater(String reason) implements Delivery {}

    /** The platform refused it for good (channel_not_found, invalid_blocks …): retrying cannot help. */
    record Failed(String reason) implements Delivery {}

    static Delivery delivered() {
        return new Delivered();
    }
}
