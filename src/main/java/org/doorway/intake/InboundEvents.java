package org.doorway.intake;

import java.time.Instant;

/**
 * Remembers which inbound events were already taken, so that a platform's
 * retries and duplicate deliveries are answered exactly once, also across
 * instances sharing one database.
 */
@FunctionalInterface
public interface InboundEvents {

    /** True the first time a key is seen anywhere; false for every repeat. */
    boolean recordFirst(String eventKey, Instant receivedAt);
}
