package org.doorway.intake;

import java.util.List;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.TeachingContext;

/** The tools for a need, best first, from the current catalogue. */
@FunctionalInterface
public interface ToolSuggester {
    List<RankedTool> suggest(String needId, TeachingContext context, int offset, int limit);
}
