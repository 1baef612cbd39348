package org.doorway.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;

/** Shows tools for the chosen need: the first three, the next three, or re-ranked after refinements. */
final class SuggestionStep {
    static final int PAGE = 3;

    private final DialogueParts parts;
    private final Availabilities availabilities;

    SuggestionStep(DialogueParts parts, Availabilities availabilities) {
        this.parts = parts;
        this.availabilities = availabilities;
    }

    /** The first page for the state's need, then the first refinement question if none was answered yet. */
    Turn first(ConversationState state, String intro) {
        Turn shown = page(state.withStage(Stage.SUGGESTED), 0, intro);
        return state.answers().isEmpty() && !shown.state().shownTools().isEmpty()
                ? Refinements.next(state.answers()).map(question -> shown.then(Refinements.ask(question)))
                        .orElse(shown)
                : shown;
    }

    Turn more(ConversationState state) {
        return page(state, state.offset() + PAGE, "Here are some other options.");
    }

    Turn tailored(ConversationState state) {
        String about = Refinements.describe(state.answers());
        return page(state, 0, about.isEmpty() ? "Here are my suggestions." : "Tailored for " + about + ":");
    }

    private Turn page(ConversationState state, int offset, String intro) {
        String needName = needName(state.needId());
        List<RankedTool> ranked = parts.suggester().suggest(state.needId(), state.answers().context(), offset, PAGE);
        if (ranked.isEmpty()) {
            String text = offset == 0 ? "I don't have tools for " + needName + " in the catalogue yet. A learning "
                    + "technologist can help." : Texts.NO_MORE;
            return Turn.of(state, new Reply.Text(text, List.of(Option.primary(OptionIds.PERSON,
                    "Talk to a technologist"))));
        }
        List<Suggestion> items = ranked.stream().map(this::suggestion).toList();
        List<String> ids = ranked.stream().map(tool -> tool.tool().id()).toList();
        parts.requests().event(state.requestId(), "suggested", state.needId() + ": " + String.join(", ", ids),
                parts.clock().instant());
        parts.requests().outcome(state.requestId(), "suggested", parts.clock().instant());
        String fullIntro = intro + " " + availabilities.line(state);
        Reply reply = new Reply.Suggestions(needName, fullIntro, items, List.of(
                Option.primary(OptionIds.LOOKS_RIGHT, "This looks right"),
                Option.of(OptionIds.PERSON, "Talk to a technologist"),
                Option.of(OptionIds.MORE, "Show other options")));
        return Turn.of(state.shown(offset, ids), reply);
    }

    String needName(String needId) {
        return parts.catalogue().get().need(needId).map(need -> need.name()).orElse(needId);
    }

    private Suggestion suggestion(RankedTool ranked) {
        Tool tool = ranked.tool();
        LocalDate today = LocalDate.ofInstant(parts.clock().instant(), parts.zone());
        List<Guide> guides = tool.guides().stream()
                .map(guide -> guide.from(today))
                .sorted(Comparator.comparing(Guide::format))
                .toList();
        Optional<CaseStudy> caseStudy = tool.caseStudies().stream()
                .filter(story -> story.needs().contains(ranked.fit().need())).findFirst()
                .or(() -> tool.caseStudies().stream().findFirst());
        return new Suggestion(tool.id(), tool.name(), tool.summary(), tool.url(), ranked.fit().how(), tool.support(),
                tool.supportedBy(), new ArrayList<>(guides), caseStudy);
    }
}
