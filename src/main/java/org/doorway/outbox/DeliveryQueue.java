package org.doorway.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The worker's side of the outbox. Claims are exclusive across instances
 * sharing one database: an item claimed by one claimant is invisible to others
 * until it is settled or the claim expires (when its instance died).
 */
public interface DeliveryQueue {

    /**
     * Claims up to {@code limit} items of {@code platform} that are due at
     * {@code now}, at most one per lane (the oldest pending), for
     * {@code claimFor}. {@code claimant} must be unique to this call.
     */
    List<OutboxItem> claim(String platform, String claimant, Instant now, Duration claimFor, int limit);

    /**
     * Settles a batch the platform accepted, in one statement, whether or not
     * {@code claimant} still holds the claims: what was delivered is delivered.
     */
    void delivered(List<OutboxItem> items, String claimant, Instant now);

    /** Releases the claim and schedules the next attempt; {@code attempts} is the new count. */
    void retryAt(OutboxItem item, String claimant, int attempts, Instant nextAttempt, String reason);

    /** Settles the item as undeliverable; it is kept for inspection. */
    void failed(OutboxItem item, String claimant, int attempts, Instant now, String reason);
}
