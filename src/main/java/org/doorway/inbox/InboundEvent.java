package org.doorway.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivery from a platform as the inbox keeps it: its key (unique across
 * platforms, for example {@code slack:Ev0123}), when it arrived, and, when the
 * work it asks for must survive a restart, that work as the adapter's JSON.
 * An event without work is only de-duplicated.
 */
public record InboundEvent(String key, Instant receivedAt, Optional<String> work) {

    public InboundEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(work, "work");
    }

    /** An event that is only de-duplicated: its work is not worth redoing after a crash (a modal, a page view). */
    public static InboundEvent once(String key, Instant receivedAt) {
        return new InboundEvent(key, receivedAt, Optional.empty());
    }

    /** An event whose work waits in the inbox until a unit of work marks it handled. */
    public static InboundEvent durable(String key, Instant receivedAt, String work) {
        return new InboundEvent(key, receivedAt, Optional.of(work));
    }
}
