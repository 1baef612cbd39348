package org.doorway.inbox;

import java.time.Instant;
import java.util.List;

/**
 * Where inbound events are kept, shared by every instance on one database, so
 * that a platform's retries and duplicate deliveries are answered once.
 */
public interface EventInbox {

    /** Records one event that is only de-duplicated: true the first time its key is seen anywhere. */
    default boolean recordFirst(String key, Instant receivedAt) {
        return recordAll(List.of(InboundEvent.once(key, receivedAt))).get(0);
    }

    /**
     * Records the events in one unit of work, in order; for each, true when it
     * is the first delivery of its key anywhere, false for a repeat (also a
     * repeat within the same list).
     */
    List<Boolean> recordAll(List<InboundEvent> events);

    /**
     * Marks a durable event handled, joining the caller's unit of work, so the
     * answer and the mark commit together. True only for the one caller that
     * found it still pending; everyone else must leave the event alone.
     */
    boolean markHandled(String key, Instant at);

    /**
     * Durable events still pending whose keys start with {@code keyPrefix}
     * (one platform's) and that arrived before {@code receivedBefore}, oldest
     * first.
     */
    List<InboundEvent> pending(String keyPrefix, Instant receivedBefore, int limit);
}
