package org.doorway.intake;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.doorway.catalogue.CatalogueIndex;
import org.doorway.catalogue.Lapse;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.Tool;
import org.doorway.resources.ResourceOffer;

/**
 * The tools staff are offered: a ranking (the catalogue's, outcomes counted
 * in), each tool with its next webinar only and the printable guide,
 * calendar invite and map links Doorway makes.
 */
public final class OfferedTools implements ToolSuggester {
    private final ToolSuggester ranking;
    private final Supplier<CatalogueIndex> index;
    private final ResourceOffer resources;
    private final Clock clock;

    public OfferedTools(ToolSuggester ranking, Supplier<CatalogueIndex> index, ResourceOffer resources,
            Clock clock) {
        this.ranking = ranking;
        this.index = index;
        this.resources = resources;
        this.clock = clock;
    }

    @Override
    public List<RankedTool> suggest(String needId, TeachingContext context, int offset, int limit) {
        return ranking.suggest(needId, context, offset, limit).stream()
                .map(ranked -> new RankedTool(shown(ranked.tool(), needId), ranked.fit(), ranked.score()))
                .toList();
    }

    @Override
    public Tool shown(Tool tool, String needId) {
        return resources.forSuggestion(tool, needId, clock.instant());
    }

    @Override
    public List<Lapse> lapsed(String needId) {
        return index.get().lapsed(needId);
    }
}
