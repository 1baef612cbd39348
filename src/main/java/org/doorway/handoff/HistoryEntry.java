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
        REQUESTED, OFFERED, QUEUED, ACKNOWLEDGED, PASSED, SLA_MISSED, STAFF_TOLD, TEAM_CHANNEL, RESOLVED, TRANSFERRED
    }

    public static HistoryEntry of(Handoff handoff, Instant at, Event event, String detail) {
        return new HistoryEntry(handoff.id(), at, event, Optional.empty(), detail);
    }

    public static HistoryEntry of(Handoff handoff, Instant at, Event event, String technologistId, String detail) {
        return new HistoryEntry(handoff.id(), at, event, Optional.of(technologistId), detail);
    }
}
