package org.doorway.handoff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the technologist for a request. Eligible: available, on duty now in
 * their own time zone (which already excludes absences), below capacity and
 * not excluded (they passed or let it lapse). Best: expertise in one of the
 * tools over expertise in one of the needs over none, then the fewest open
 * handoffs, then the longest since their last assignment, then name and id,
 * so that the same facts always give the same choice. Pure and thread-safe.
 */
public final class Router {

    /** What a request asks for, as far as routing cares. */
    public record Wanted(List<String> toolIds, List<String> needIds) {
        public Wanted {
            toolIds = List.copyOf(toolIds);
            needIds = List.copyOf(needIds);
        }
    }

    public Routing route(List<Technologist> roster, Map<String, Workload> loads, Wanted wanted, Set<String> excluded,
            Predicate<Technologist> reachable, Instant now) {
        Predicate<Technologist> considered = technologist -> technologist.available()
                && !excluded.contains(technologist.id()) && reachable.test(technologist);
        Optional<Candidate> best = roster.stream()
                .filter(considered)
                .map(technologist -> Candidate.of(technologist, load(loads, technologist), wanted))
                .filter(candidate -> candidate.load.open() < candidate.technologist.capacity())
                .filter(candidate -> WorkingTime.onDuty(candidate.technologist, now))
                .min(Candidate.BEST_FIRST);
        if (best.isPresent()) {
            return new Routing.Assigned(best.get().technologist, best.get().reason());
        }
        return new Routing.NobodyAvailable(nextOnDuty(roster.stream().filter(considered).toList(), loads, now));
    }

    /**
     * The earliest time someone could take it. Somebody with room is counted
     * from now; somebody full is counted from their next shift, the honest
     * guess when their load will have eased.
     */
    private static Optional<Instant> nextOnDuty(List<Technologist> candidates, Map<String, Workload> loads,
            Instant now) {
        return candidates.stream()
                .map(technologist -> load(loads, technologist).open() < technologist.capacity()
                        ? WorkingTime.nextOnDuty(technologist, now)
                        : WorkingTime.nextShiftStart(technologist, now))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static Workload load(Map<String, Workload> loads, Technologist technologist) {
        return loads.getOrDefault(technologist.id(), Workload.idle(technologist.id()));
    }

    private record Candidate(Technologist technologist, Workload load, int fit, Optional<String> matched) {
        static final int TOOL = 0;
        static final int NEED = 1;
        static final int NONE = 2;

        static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::fit)
                .thenComparingInt(candidate -> candidate.load.open())
                .thenComparing(candidate -> candidate.load.lastAssignedAt().orElse(Instant.MIN))
                .thenComparing(candidate -> candidate.technologist.name())
                .thenComparing(candidate -> candidate.technologist.id());

        static Candidate of(Technologist technologist, Workload load, Wanted wanted) {
            Optional<String> tool = wanted.toolIds().stream().filter(technologist::knows).findFirst();
            if (tool.isPresent()) {
                return new Candidate(technologist, load, TOOL, tool);
            }
            Optional<String> need = wanted.needIds().stream().filter(technologist::knows).findFirst();
            return new Candidate(technologist, load, need.isPresent() ? NEED : NONE, need);
        }

        String reason() {
            String load = "; " + this.load.open() + " open of " + technologist.capacity();
            return matched.map(id -> "chosen for " + id + " expertise" + load)
                    .orElse("chosen as the least busy of those free now, none with matching expertise" + load);
        }
    }
}
