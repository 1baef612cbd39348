package org.doorway.intake;

import java.util.List;
import org.doorway.catalogue.Lapse;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.Tool;

/** The tools for a need, best first, from the current catalogue, each as staff are shown it. */
@FunctionalInterface
public interface ToolSuggester {
    List<RankedTool> suggest(String needId, TeachingContext context, int offset, int limit);

    /** One tool as staff are shown it for a need (with the guides Doorway makes); as it stands by default. */
    default Tool shown(Tool tool, String needId) {
        return tool;
    }

    /** Tools for the need left out because their approval or licence ended; none by default. */
    default List<Lapse> lapsed(String needId) {
        return List.of();
    }
}
