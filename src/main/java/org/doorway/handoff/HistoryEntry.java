package org.doorway.handoff;

import java.time.Instant;
import java.util.Optional;

/**
 * One step in a handoff's life: what happened, when, which technologist it
 * concerned (if any) and the details in words (the routing reason, the pass
 * reason, the outcome note).
 */
public record HistoryEntry(long handoffId, Instant at, Event event, Optional<String> technologistId, String detail) {

    public enum Event {
        REQUESTED, OFFERED, QUEUED, ACKNOWLEDGED, PASSED, SLA_MISSED, STAFF_TOLD, TEAM_CHANNEL, RESOLVED, TRANSFERRED,
        /** The staff member added information (the detail is what they wrote). */
        STAFF_ADDED,
        /** The staff member closed it themselves ("sorted, thanks"). */
        STAFF_CLOSED,
        /** Its holder was reminded of it (the detail says after how long). */
        NUDGED
    }

    public static HistoryEntry of(Handoff handoff, Instant at, Event event, String detail) {
        return new HistoryEntry(handoff.id(), at, event, Optional.empty(), detail);
    }

    public static HistoryEntry of(Handoff handoff, Instant at, Event event, String technologistId, String detail) {
        return new HistoryEntry(handoff.id(), at, event, Optional.of(technologistId), detail);
    }
}
