package org.doorway.handoff;

import java.time.Instant;

/**
 * The request's event log as the handoff feature writes to it (port; wired to
 * intake's {@code Requests.event}, which the handoff feature does not import),
 * in the caller's unit of work. Kinds: {@code transferred}, {@code staff-closed},
 * {@code staff-added}.
 */
@FunctionalInterface
public interface HandoffEvents {

    void event(long requestId, String kind, String detail, Instant at);

    /** For tests and tools that keep no event log. */
    static HandoffEvents none() {
        return (requestId, kind, detail, at) -> { };
    }
}
