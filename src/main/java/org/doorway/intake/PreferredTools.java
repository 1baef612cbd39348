package org.doorway.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.doorway.catalogue.Lapse;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.Tool;

/**
 * The catalogue's ranking, adjusted for what the dialogue knows beyond class
 * size and mode: tools built into another VLE than the institution's sink
 * below every other tool (a Moodle university's staff cannot use Canvas
 * quizzes), and for someone new to technology, or who needs it this week,
 * each step down in support costs a little score, so a supported tool
 * overtakes a pilot that fits about as well. Both keep the catalogue's order
 * among equals (the sort is stable). Thread-safe.
 */
final class PreferredTools implements ToolSuggester {
    static final Set<String> VLES = Set.of("moodle", "canvas", "blackboard", "brightspace", "d2l", "sakai");
    /**
     * What each step down in support (supported, pilot, not supported) costs a tool for someone new to
     * technology or in a hurry: less than a strength point of fit, less than a misfit of class size or mode.
     */
    static final int SUPPORT_STEP = 8;
    private static final Set<String> SOON = Set.of("now", "today", "this-week");

    private final ToolSuggester catalogue;
    private final Institution institution;

    PreferredTools(ToolSuggester catalogue, Institution institution) {
        this.catalogue = catalogue;
        this.institution = institution;
    }

    @Override
    public List<RankedTool> suggest(String needId, TeachingContext context, int offset, int limit) {
        boolean wantsSupported = context.confidence().filter(level -> level == TeachingContext.Confidence.LOW)
                .isPresent() || context.when().filter(SOON::contains).isPresent();
        if (institution.vle() == null && !wantsSupported) {
            return catalogue.suggest(needId, context, offset, limit);
        }
        List<RankedTool> all = catalogue.suggest(needId, context, 0, Integer.MAX_VALUE);
        Comparator<RankedTool> order = Comparator.comparingInt(ranked -> otherVle(ranked.tool()) ? 1 : 0);
        order = order.thenComparingDouble(ranked -> -(ranked.score()
                - (wantsSupported ? ranked.tool().support().ordinal() * SUPPORT_STEP : 0)));
        return all.stream().sorted(order).skip(offset).limit(limit).toList();
    }

    @Override
    public List<Lapse> lapsed(String needId) {
        return catalogue.lapsed(needId);
    }

    /** True when the tool lives inside a VLE that is not the institution's. */
    boolean otherVle(Tool tool) {
        return vleOf(tool).filter(vle -> institution.vle() != null
                && !vle.equalsIgnoreCase(institution.vle().split("\\s+")[0])).isPresent();
    }

    static Optional<String> vleOf(Tool tool) {
        String first = tool.name().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")[0];
        return VLES.contains(first) ? Optional.of(first) : Optional.empty();
    }
}
