package org.doorway.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.doorway.catalogue.RankedTool;

/**
 * Outcomes feed the ranking, shrunk towards nothing: a tool's bonus for a
 * need is {@code WEIGHT × (worked + ½ partly − not yet) / (answers + PRIOR)},
 * cut to a whole point towards zero. So one answer moves nothing, a handful
 * of clear ones move a tool past an equally fitting, equally supported one,
 * and no amount moves it past a stronger fit or better support (the bonus
 * stays under five points; a strength step is ten, support six or twelve).
 * Thread-safe when the tallies supplier is.
 */
public final class OutcomeRanking {
    static final double WEIGHT = 5;
    static final double PRIOR = 8;
    /** How deep a need's ranking is reordered: far more tools than any page shows. */
    private static final int DEPTH = 200;

    /** One page of the catalogue's ranking for a need. */
    @FunctionalInterface
    public interface Ranking {
        List<RankedTool> page(int offset, int limit);
    }

    private final Supplier<List<OutcomeTally>> tallies;

    public OutcomeRanking(Supplier<List<OutcomeTally>> tallies) {
        this.tallies = tallies;
    }

    /** Whole points a tool gains (or loses) for a need from its outcomes. */
    static int bonus(OutcomeTally tally) {
        double net = tally.worked() + 0.5 * tally.partly() - tally.notYet();
        return (int) (WEIGHT * net / (tally.answered() + PRIOR));
    }

    public List<RankedTool> page(String needId, Ranking ranking, int offset, int limit) {
        Map<String, Integer> bonuses = tallies.get().stream().filter(tally -> tally.needId().equals(needId))
                .filter(tally -> bonus(tally) != 0)
                .collect(Collectors.toMap(OutcomeTally::toolId, OutcomeRanking::bonus, Integer::sum));
        if (bonuses.isEmpty()) {
            return ranking.page(offset, limit);
        }
        List<RankedTool> all = new ArrayList<>();
        for (RankedTool ranked : ranking.page(0, DEPTH)) {
            int bonus = bonuses.getOrDefault(ranked.tool().id(), 0);
            all.add(new RankedTool(ranked.tool(), ranked.fit(), ranked.score() + bonus));
        }
        // A stable sort: equal scores keep the catalogue's order (by name).
        all.sort(Comparator.comparingDouble(RankedTool::score).reversed());
        int from = Math.min(offset, all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }
}
