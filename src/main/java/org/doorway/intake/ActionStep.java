package org.doorway.intake;

import org.doorway.catalogue.Catalogue;
import java.util.function.Supplier;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;

/** Clicks on options. A click that no longer fits the conversation gets a gentle word, never an error. */
final class ActionStep {
    private final Dialogue dialogue;
    private final Supplier<Catalogue> catalogue;
    private final Requests requests;
    private final Clock clock;
    private final SuggestionStep suggestions;
    private final PersonStep person;
    private final FaultStep faults;

    ActionStep(Dialogue dialogue, Supplier<Catalogue> catalogue, Requests requests, Clock clock,
            SuggestionStep suggestions, PersonStep person, FaultStep faults) {
        this.dialogue = dialogue;
        this.catalogue = catalogue;
        this.requests = requests;
        this.clock = clock;
        this.suggestions = suggestions;
        this.person = person;
        this.faults = faults;
    }

    Turn on(ConversationState state, ConversationKey key, Inbound.Action action) {
        String id = action.optionId() == null ? "" : action.optionId();
        String user = action.userName();
        if (id.equals(OptionIds.PERSON)) {
            return dialogue.askForPerson(state, key, user);
        }
        if (id.equals(OptionIds.RESTART)) {
            return dialogue.restart(state);
        }
        if (id.equals(OptionIds.HELP)) {
            return Turn.of(state, Reply.Text.of(Texts.HELP));
        }
        if (id.equals(OptionIds.RESUME) && state.previous() != null) {
            return resume(state);
        }
        if (id.startsWith(OptionIds.DETAILS)) {
            Optional<Tool> tool = suggestions.tool(id.substring(OptionIds.DETAILS.length()));
            return tool.map(found -> suggestions.details(state, found)).orElseGet(() -> stale(state));
        }
        if (state.stage() == Stage.HANDED_OFF || state.problem() == null) {
            return stale(state);
        }
        if (id.startsWith(OptionIds.NEED) && !id.equals(OptionIds.NEED)) {
            String needId = id.substring(OptionIds.NEED.length());
            if (catalogue.get().need(needId).isEmpty()) {
                return stale(state);
            }
            record(state, "need-chosen", needId);
            return suggestions.first(state.withNeed(needId), "Here's what I'd suggest.");
        }
        if (id.equals(OptionIds.BROKEN)) {
            record(state, "need-chosen", "fault");
            return faults.start(state, key, user, state.problem());
        }
        if (id.equals(OptionIds.ABOUT_TEACHING)) {
            return dialogue.closest(state);
        }
        if (state.stage() == Stage.FAULT_DETAILS) {
            return onFault(state, key, user, id);
        }
        if (state.needId() == null) {
            return stale(state);
        }
        return onSuggestion(state, id);
    }

    private Turn onSuggestion(ConversationState state, String id) {
        if (id.equals(OptionIds.LOOKS_RIGHT)) {
            record(state, "reaction", "looks right");
            requests.outcome(state.requestId(), "chosen", clock.instant());
            return Turn.of(state.reacted("said the suggestions look right").asking(null),
                    Reply.Text.of(Texts.LOOKS_RIGHT));
        }
        if (id.equals(OptionIds.MORE)) {
            record(state, "reaction", "show other options");
            return suggestions.more(state.reacted("asked for other options"));
        }
        if (id.equals(OptionIds.GUIDES)) {
            return suggestions.guides(state);
        }
        if (id.equals(OptionIds.REFINE_SKIP)) {
            record(state, "refine", "skipped");
            ConversationState skipped = state.reacted(Refinements.SKIPPED).asking(null);
            return Turn.of(skipped, Reply.Text.of("No problem: the suggestions above stand. Say 'talk to a "
                    + "person' any time."));
        }
        if (id.startsWith(OptionIds.REFINE)) {
            String[] answer = id.substring(OptionIds.REFINE.length()).split(":", 2);
            if (answer.length < 2 || Refinements.named(answer[0]).isEmpty()) {
                return stale(state);
            }
            record(state, "refine", answer[0] + "=" + answer[1]);
            ConversationState refined = state.withAnswers(state.answers().with(answer[0], answer[1]));
            return suggestions.retailored(state, refined, List.of(answer[0]));
        }
        return stale(state);
    }

    private Turn onFault(ConversationState state, ConversationKey key, String user, String id) {
        if (id.startsWith(OptionIds.FAULT_ANSWER)) {
            return faults.click(state, key, user, id.substring(OptionIds.FAULT_ANSWER.length()));
        }
        if (id.equals(OptionIds.FAULT_SKIP)) {
            return faults.click(state, key, user, "(skipped)");
        }
        if (id.equals(OptionIds.FAULT_NOW)) {
            return person.handOff(state, key, user);
        }
        return stale(state);
    }

    private Turn resume(ConversationState state) {
        ConversationState earlier = state.previous();
        if (state.stage() != Stage.HANDED_OFF && state.requestId() != 0) {
            requests.outcome(state.requestId(), "abandoned", clock.instant());
        }
        Reply said = Reply.Text.of(String.format(Texts.RESUMED, Texts.gist(earlier.problem())));
        return switch (earlier.stage()) {
            case SUGGESTED -> suggestions.tailored(earlier).after(said);
            case CLARIFYING -> dialogue.closest(earlier).after(said);
            case FAULT_DETAILS -> faults.current(earlier)
                    .map(question -> Turn.of(earlier.asking(Focus.FAULT), said, FaultStep.ask(question)))
                    .orElseGet(() -> Turn.of(earlier, said));
            default -> Turn.of(earlier, said, Reply.Text.of("What would you like to do next? You can also say "
                    + "'talk to a person'."));
        };
    }

    private Turn stale(ConversationState state) {
        return new Turn(state, List.of(Reply.Text.of(Texts.STALE)));
    }

    private void record(ConversationState state, String kind, String detail) {
        requests.event(state.requestId(), kind, detail, clock.instant());
    }
}
