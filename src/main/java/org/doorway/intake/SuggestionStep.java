package org.doorway.intake;

import org.doorway.catalogue.Catalogue;
import java.util.function.Supplier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.catalogue.Lapse;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;

/**
 * Shows tools for the chosen need, short enough for a phone: one line per
 * tool (why it fits, support status), with guides and details one tap away
 * ("More about X", "Show guides"). Pages on with "Show other options", and
 * after each answer about the teaching either shows the list re-ranked or
 * says why it stays the same.
 */
final class SuggestionStep {
    static final int PAGE = 3;

    private final Supplier<Catalogue> catalogue;
    private final ToolSuggester suggester;
    private final SuggestionItems items;
    private final Availabilities availabilities;
    private final Requests requests;
    private final Institution institution;
    private final Clock clock;

    SuggestionStep(Supplier<Catalogue> catalogue, ToolSuggester suggester, SuggestionItems items,
            Availabilities availabilities, Requests requests, Institution institution, Clock clock) {
        this.catalogue = catalogue;
        this.suggester = suggester;
        this.items = items;
        this.availabilities = availabilities;
        this.requests = requests;
        this.institution = institution;
        this.clock = clock;
    }

    /** The first page for the state's need, then the first question whose answer we do not know yet. */
    Turn first(ConversationState state, String intro) {
        Turn shown = page(state.withStage(Stage.SUGGESTED), 0, intro);
        return shown.state().shownTools().isEmpty() ? shown : askNext(shown);
    }

    /** "For live interaction (about 300 students · in the room), here's what I'd try." */
    Turn firstForNeed(ConversationState state) {
        String about = Refinements.describe(state.answers());
        String name = needName(state.needId());
        String need = name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        return first(state, "For " + need + (about.isEmpty() ? "" : " (" + about + ")") + ", here's what I'd try.");
    }

    Turn more(ConversationState state) {
        return page(state, state.offset() + PAGE, "Here are some other options.");
    }

    Turn tailored(ConversationState state) {
        String about = Refinements.describe(state.answers());
        return page(state, 0, about.isEmpty() ? "Here are my suggestions." : "Tailored for " + about + ":");
    }

    /**
     * After an answer about the teaching: the re-ranked list when the answer changed it, else one line saying
     * why it did not; then the next question whose answer is unknown. A question left open while the person
     * answered another is not asked again.
     */
    Turn retailored(ConversationState before, ConversationState answeredState, List<String> answered) {
        String passedOver = before.focus().refinement();
        ConversationState after = passedOver != null && answeredState.answers().answer(passedOver) == null
                ? answeredState.withAnswers(answeredState.answers().with(passedOver, TeachingAnswers.NOT_GIVEN))
                : answeredState;
        List<String> was = ids(before, 0);
        List<String> now = ids(after, 0);
        String about = Refinements.describe(after.answers());
        Turn turn = was.equals(now)
                ? Turn.of(after, Reply.Text.of("Noted: " + about + ". "
                        + RankingChange.whySame(answered, after.answers(), tools(now))))
                : page(after, 0, "Tailored for " + about + ": " + RankingChange.whatChanged(names(was), names(now)));
        return askNext(turn);
    }

    /** "More about X": everything the catalogue says about one tool. */
    Turn details(ConversationState state, Tool tool) {
        record(state, "details", tool.id());
        boolean fromAPage = state.needId() != null && !state.shownTools().isEmpty();
        List<Option> next = fromAPage ? stillOnPage(onPage(state).stream()
                .filter(other -> !other.id().equals(tool.id())).toList(), true)
                : List.of(Option.primary(OptionIds.LOOKS_RIGHT, "This looks right"),
                        Option.of(OptionIds.PERSON, "Talk to a technologist"));
        Reply reply = new Reply.Suggestions(needName(state.needId()), ToolFacts.of(tool, institution),
                List.of(items.full(tool, state.needId())), next);
        return Turn.of(state.focused(state.focus().about(tool.id()).asking(null)), reply);
    }

    /** "Show guides": the guides and colleagues' stories for the tools on the page shown last. */
    Turn guides(ConversationState state) {
        List<Tool> shown = onPage(state);
        List<Suggestion> full = shown.stream().map(tool -> items.full(tool, state.needId())).toList();
        record(state, "guides", String.join(", ", shown.stream().map(Tool::id).toList()));
        return Turn.of(state.asking(null), new Reply.Suggestions(needName(state.needId()), "Guides for these tools:",
                full, stillOnPage(shown, false)));
    }

    /**
     * What a reply about the page (a tool's details, the guides) offers next. A message's buttons answer
     * once, so the page's own buttons are spent by then: the rest of the page stays one tap away here.
     */
    private static List<Option> stillOnPage(List<Tool> tools, boolean withGuides) {
        List<Option> actions = new ArrayList<>();
        actions.add(Option.primary(OptionIds.LOOKS_RIGHT, "This looks right"));
        tools.forEach(tool -> actions.add(Option.of(OptionIds.DETAILS + tool.id(), "More about " + tool.name())));
        if (withGuides) {
            actions.add(Option.of(OptionIds.GUIDES, "Show guides"));
        }
        actions.add(Option.of(OptionIds.PERSON, "Talk to a technologist"));
        actions.add(Option.of(OptionIds.MORE, "Show other options"));
        return actions;
    }

    /** The tools on the page the person is looking at, best first. */
    List<Tool> onPage(ConversationState state) {
        return tools(ids(state, state.offset()));
    }

    private Turn askNext(Turn shown) {
        ConversationState state = shown.state();
        if (state.reactions().contains(Refinements.SKIPPED)) {
            return shown;
        }
        return Refinements.next(state.answers())
                .map(question -> new Turn(state.asking(OptionIds.REFINE + question.key()), append(shown.replies(),
                        Refinements.ask(question))))
                .orElse(new Turn(state.asking(null), shown.replies()));
    }

    private Turn page(ConversationState state, int offset, String intro) {
        String needName = needName(state.needId());
        List<RankedTool> ranked = suggester.suggest(state.needId(), state.answers().context(), offset, PAGE);
        List<Lapse> lapsed = offset == 0 ? suggester.lapsed(state.needId()) : List.of();
        String whyLeftOut = lapsed.isEmpty() ? "" : "\n" + Lapse.forStaff(lapsed);
        if (ranked.isEmpty()) {
            if (offset == 0) {
                record(state, "no-tools", state.needId());
            }
            String text = offset == 0 ? "I don't have tools for " + needName + " in the catalogue yet. A learning "
                    + "technologist can help." + whyLeftOut : Texts.NO_MORE;
            return Turn.of(state.asking(Focus.OFFER_PERSON), new Reply.Text(text, List.of(
                    Option.primary(OptionIds.PERSON, "Talk to a technologist"))));
        }
        List<String> ids = ranked.stream().map(tool -> tool.tool().id()).toList();
        requests.event(state.requestId(), "suggested", state.needId() + ": " + String.join(", ", ids),
                clock.instant());
        requests.outcome(state.requestId(), "suggested", clock.instant());
        String example = ExampleCatalogue.is(catalogue.get()) ? " " + Texts.EXAMPLE_CATALOGUE : "";
        String fullIntro = intro + " " + availabilities.line(state) + example + whyLeftOut;
        List<Option> actions = new ArrayList<>();
        actions.add(Option.primary(OptionIds.LOOKS_RIGHT, "This looks right"));
        ranked.forEach(tool -> actions.add(Option.of(OptionIds.DETAILS + tool.tool().id(),
                "More about " + tool.tool().name())));
        actions.add(Option.of(OptionIds.GUIDES, "Show guides"));
        actions.add(Option.of(OptionIds.PERSON, "Talk to a technologist"));
        actions.add(Option.of(OptionIds.MORE, "Show other options"));
        Reply reply = new Reply.Suggestions(needName, fullIntro, ranked.stream().map(items::brief).toList(), actions);
        return Turn.of(state.shown(offset, ids).asking(null), reply);
    }

    private List<String> ids(ConversationState state, int offset) {
        return suggester.suggest(state.needId(), state.answers().context(), offset, PAGE).stream()
                .map(tool -> tool.tool().id()).toList();
    }

    private List<Tool> tools(List<String> ids) {
        return ids.stream().flatMap(id -> catalogue.get().tool(id).stream()).toList();
    }

    private List<String> names(List<String> ids) {
        return tools(ids).stream().map(Tool::name).toList();
    }

    String needName(String needId) {
        return catalogue.get().need(needId).map(need -> need.name()).orElse(needId);
    }

    Optional<Tool> tool(String id) {
        return catalogue.get().tool(id);
    }

    private void record(ConversationState state, String kind, String detail) {
        if (state.requestId() == 0) {
            return;
        }
        requests.event(state.requestId(), kind, detail, clock.instant());
    }

    private static List<Reply> append(List<Reply> replies, Reply last) {
        List<Reply> all = new ArrayList<>(replies);
        all.add(last);
        return all;
    }
}
