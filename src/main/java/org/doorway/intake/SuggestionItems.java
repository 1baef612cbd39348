package org.doorway.intake;

import java.time.ZoneId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.NeedFit;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Suggestion;

/**
 * One tool as shown: brief (its name, support status and why it fits in a
 * line, for a first answer that fits a phone) or full (summary, the whole
 * reason, guides with their upcoming dates and a colleague's story).
 */
final class SuggestionItems {
    /** A first answer's reason stops after about this many words. */
    static final int BRIEF_WORDS = 14;

    private final ToolSuggester suggester;
    private final Clock clock;
    private final ZoneId zone;

    /** {@code zone} is the institution's: a guide's dates from today there. */
    SuggestionItems(ToolSuggester suggester, Clock clock, ZoneId zone) {
        this.suggester = suggester;
        this.clock = clock;
        this.zone = zone;
    }

    Suggestion brief(RankedTool ranked) {
        Tool tool = ranked.tool();
        return new Suggestion(tool.id(), tool.name(), "", tool.url(), brief(ranked.fit().how()), tool.support(),
                tool.supportedBy(), List.of(), Optional.empty());
    }

    Suggestion full(Tool tool, String needId) {
        NeedFit fit = tool.fitFor(needId).orElse(tool.needs().get(0));
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<Guide> guides = suggester.shown(tool, needId).guides().stream()
                .map(guide -> guide.from(today))
                .sorted(Comparator.comparing(Guide::format))
                .toList();
        Optional<CaseStudy> caseStudy = tool.caseStudies().stream()
                .filter(story -> story.needs().contains(fit.need())).findFirst()
                .or(() -> tool.caseStudies().stream().findFirst());
        return new Suggestion(tool.id(), tool.name(), tool.summary(), tool.url(), fit.how(), tool.support(),
                tool.supportedBy(), guides, caseStudy);
    }

    /** The first sentence of a reason, cut at a clause after {@link #BRIEF_WORDS} words at most. */
    static String brief(String how) {
        if (how == null) {
            return "";
        }
        String sentence = how.strip().split("(?<=[.!?])\\s+")[0];
        String[] words = sentence.split("\\s+");
        if (words.length <= BRIEF_WORDS + 4) {
            return sentence;
        }
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < BRIEF_WORDS; i++) {
            cut.append(i == 0 ? "" : " ").append(words[i]);
            if (i >= 6 && words[i].matches(".*[,;:]$")) {
                break;
            }
        }
        return cut.toString().replaceAll("[,;:]$", "")
                .replaceAll("(\\s+(the|a|an|in|on|to|of|with|and|for|at|from|by|or|so|that|into|your|their|"
                        + "each|every|'[^']*))+$", "") + "…";
    }
}
