package org.doorway.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One request for a person and where it stands. Every change returns a new
 * value with the next {@code version}; the store saves it only over the
 * version it replaces, so two instances never both act on the same step.
 * {@code dueAt} is when the SLA next looks at an unacknowledged offer.
 */
public record Handoff(long id, HandoffRequest request, State state, Optional<String> technologistId,
        Optional<Instant> offeredAt, Optional<Instant> dueAt, Optional<Instant> acknowledgedAt,
        Optional<Instant> resolvedAt, Optional<String> outcome, int missedDeadlines, Optional<Instant> teamPostedAt,
        int version) {

    public enum State {
        /** Recorded, not yet routed (only ever seen inside the request's own unit of work). */
        REQUESTED,
        /** Nobody was free; waits for the queue check. */
        QUEUED,
        /** Sent to a technologist who has not yet said "I've got this". */
        OFFERED,
        ACKNOWLEDGED,
        RESOLVED
    }

    /** A freshly recorded request, before routing. */
    public static Handoff requested(long id, HandoffRequest request) {
        return new Handoff(id, request, State.REQUESTED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(), 0);
    }

    public String handoffId() {
        return Long.toString(id);
    }

    /** Whether a technologist holds a slot for it. */
    public boolean holdsSlot() {
        return state == State.OFFERED || state == State.ACKNOWLEDGED;
    }

    public boolean heldBy(String someoneId) {
        return holdsSlot() && technologistId.filter(someoneId::equals).isPresent();
    }

    /** How long the staff member waited for a person: request to acknowledgement. */
    public Optional<Duration> waited() {
        return acknowledgedAt.map(at -> Duration.between(request.requestedAt(), at));
    }

    public Handoff offeredTo(String technologist, Instant at, Instant due) {
        return new Handoff(id, request, State.OFFERED, Optional.of(technologist), Optional.of(at), Optional.of(due),
                acknowledgedAt, resolvedAt, outcome, missedDeadlines, teamPostedAt, version + 1);
    }

    public Handoff queued() {
        return new Handoff(id, request, State.QUEUED, Optional.empty(), Optional.empty(), Optional.empty(),
                acknowledgedAt, resolvedAt, outcome, missedDeadlines, teamPostedAt, version + 1);
    }

    /** The first acknowledgement is kept when a handoff is passed on, since that is when a person first had it. */
    public Handoff acknowledgedBy(String technologist, Instant at) {
        return new Handoff(id, request, State.ACKNOWLEDGED, Optional.of(technologist), offeredAt, Optional.empty(),
                acknowledgedAt.or(() -> Optional.of(at)), resolvedAt, outcome, missedDeadlines, teamPostedAt,
                version + 1);
    }

    /** Resolving an offer nobody acknowledged counts as acknowledging it then, so the waiting time is kept. */
    public Handoff resolved(String note, Instant at) {
        return new Handoff(id, request, State.RESOLVED, technologistId, offeredAt, Optional.empty(),
                acknowledgedAt.or(() -> Optional.of(at)), Optional.of(at), Optional.of(note), missedDeadlines,
                teamPostedAt, version + 1);
    }

    /** The offer lapsed; it stays with the same technologist until someone else takes it, and is due again. */
    public Handoff missedDeadline(Instant dueAgain) {
        return new Handoff(id, request, state, technologistId, offeredAt, Optional.of(dueAgain), acknowledgedAt,
                resolvedAt, outcome, missedDeadlines + 1, teamPostedAt, version + 1);
    }

    public Handoff postedToTeam(Instant at) {
        return new Handoff(id, request, state, technologistId, offeredAt, dueAt, acknowledgedAt, resolvedAt, outcome,
                missedDeadlines, Optional.of(at), version + 1);
    }
}
