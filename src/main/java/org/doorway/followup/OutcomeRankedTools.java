package org.doorway.followup;

import java.util.List;
import java.util.function.Supplier;
import org.doorway.catalogue.CatalogueIndex;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.ToolRanker;

/**
 * Tools for a need from the current catalogue snapshot, best first, with
 * staff's outcomes counted in ({@link OutcomeRanking}): the one ranking that
 * the conversation, {@code doorway classify} and the console all read.
 * Thread-safe when its suppliers are.
 */
public final class OutcomeRankedTools {
    private final Supplier<CatalogueIndex> index;
    private final ToolRanker ranker;
    private final OutcomeRanking outcomes;

    public OutcomeRankedTools(Supplier<CatalogueIndex> index, ToolRanker ranker, OutcomeRanking outcomes) {
        this.index = index;
        this.ranker = ranker;
        this.outcomes = outcomes;
    }

    public List<RankedTool> page(String needId, TeachingContext context, int offset, int limit) {
        CatalogueIndex now = index.get();
        return outcomes.page(needId, (from, count) -> ranker.rank(now, needId, context, from, count), offset, limit);
    }
}
