package org.doorway.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the event log says happened to one request, folded from its events by
 * {@link RequestFold}: the facts every figure is defined on (docs/metrics.md).
 * {@code need} is the need the request ended up about: the one suggestions were
 * made for, else the one the person chose, else the classifier's top need.
 * {@code handedOffAt} and {@code firstResponseAt} are the first handoff and the
 * first pick-up after it; a reopened request keeps its first.
 */
public record RequestStory(long id, Instant openedAt, String platform, String staffKey, Optional<String> need,
        boolean fault, boolean unsure, boolean noTools, boolean suggested, boolean accepted, boolean rejected,
        Optional<Instant> handedOffAt, Optional<Instant> firstResponseAt, boolean reopened, int slaMoves,
        boolean teamChannel, List<TechnologistStep> steps, Optional<String> holder, boolean followedUp,
        List<ToolOutcome> outcomes) {

    public RequestStory {
        steps = List.copyOf(steps);
        outcomes = List.copyOf(outcomes);
    }

    public boolean handedOff() {
        return handedOffAt.isPresent();
    }

    /** Accepted a suggestion and never handed off: a handoff, even a later one, wins (docs/metrics.md). */
    public boolean selfServed() {
        return accepted && !handedOff();
    }

    /**
     * Where the request ended up, exactly one of: handed-off (wins over everything), self-served, suggested-only
     * (shown suggestions, none accepted), not-answered.
     */
    public String path() {
        if (handedOff()) {
            return "handed-off";
        }
        if (accepted) {
            return "self-served";
        }
        return suggested ? "suggested-only" : "not-answered";
    }

    /** A step a technologist took on this request: picked-up, passed or resolved. */
    public record TechnologistStep(String technologistId, String kind) {}

    /** A follow-up answer: the tool it was about and worked / partly / not-yet / didnt-try. */
    public record ToolOutcome(String toolId, String result) {}
}
