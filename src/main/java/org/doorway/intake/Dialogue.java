package org.doorway.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;
import org.doorway.needs.Classification;

/**
 * The intake conversation, once for every platform. Answer first, refine
 * after; ask when unsure; collect facts for faults; a person at any time.
 * Loads the conversation's state, takes one turn and saves the state; run it
 * inside the caller's transaction so replies queued for delivery commit with
 * it. Thread-safe (holds no conversation in memory).
 */
public final class Dialogue implements StaffDialogue {
    private final DialogueParts parts;
    private final SuggestionStep suggestions;
    private final PersonStep person;
    private final FaultStep faults;
    private final ActionStep actions;

    public Dialogue(DialogueParts parts) {
        this.parts = parts;
        Availabilities availabilities = new Availabilities(parts);
        this.suggestions = new SuggestionStep(parts, availabilities);
        this.person = new PersonStep(parts, availabilities);
        this.faults = new FaultStep(parts, person);
        this.actions = new ActionStep(this, parts, suggestions, person, faults);
    }

    @Override
    public void prepare() {
        parts.classifier().prepare();
    }

    @Override
    public List<Reply> handle(Inbound inbound) {
        Instant now = parts.clock().instant();
        ConversationKey key = inbound.key();
        ConversationState state = parts.conversations().find(key).orElseGet(() -> ConversationState.fresh(now));
        Turn turn = inbound instanceof Inbound.Message message
                ? onMessage(state, key, message.userName(), message.text() == null ? "" : message.text(), now)
                : actions.on(state, key, (Inbound.Action) inbound);
        parts.conversations().save(key, turn.state().touched(now));
        return turn.replies();
    }

    private Turn onMessage(ConversationState state, ConversationKey key, String userName, String raw, Instant now) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return Turn.of(state, Reply.Text.of(state.problem() == null ? Texts.WELCOME : Texts.EMPTY));
        }
        boolean truncated = text.length() > DialogueParts.MAX_TEXT;
        text = truncated ? text.substring(0, DialogueParts.MAX_TEXT) : text;
        Turn turn = onText(state, key, userName, text, now);
        return truncated ? turn.after(Reply.Text.of(String.format(Texts.TRUNCATED, DialogueParts.MAX_TEXT))) : turn;
    }

    private Turn onText(ConversationState state, ConversationKey key, String userName, String text, Instant now) {
        switch (Commands.recognise(text)) {
            case HELP:
                return Turn.of(state, Reply.Text.of(Texts.HELP));
            case RESTART:
                return restart(state);
            case PERSON:
                return askForPerson(state, key, userName);
            default:
                break;
        }
        boolean longPause = Duration.between(state.lastActivity(), now).compareTo(parts.newRequestAfter()) > 0;
        if (longPause && state.stage() != Stage.IDLE && state.problem() != null) {
            ConversationState earlier = state;
            return newRequest(state, key, userName, text, true).then(new Reply.Text(
                    String.format(Texts.RESUME_OFFER, Texts.gist(earlier.problem())),
                    List.of(Option.of(OptionIds.RESUME, "Go back to my earlier request"))));
        }
        return switch (state.stage()) {
            case FAULT_DETAILS -> faults.answer(state, key, userName, text);
            case AWAITING_PROBLEM_FOR_PERSON -> {
                Turn opened = newRequest(state, key, userName, text, false);
                yield person.handOff(opened.state(), key, userName);
            }
            case CLARIFYING -> clarifyFurther(state, key, userName, text);
            default -> newRequest(state, key, userName, text, false);
        };
    }

    /** Opens a request for the text and answers it. */
    Turn newRequest(ConversationState state, ConversationKey key, String userName, String text, boolean keepPrevious) {
        Instant now = parts.clock().instant();
        long id = parts.requests().open(key, text, now);
        return answer(state.newRequest(id, text, now, keepPrevious), key, userName, text);
    }

    private Turn answer(ConversationState state, ConversationKey key, String userName, String text) {
        Classification classification = parts.classifier().classify(text);
        String top = classification.needs().isEmpty() ? null : classification.needs().get(0).needId();
        parts.requests().classified(state.requestId(), classification.outcome(), top, classification.confidence());
        ConversationState classified = state.classified(classification.outcome(), classification.needs());
        if (classification instanceof Classification.Matched matched) {
            return suggestions.first(classified.withNeed(matched.top().needId()),
                    "For " + suggestions.needName(matched.top().needId()).toLowerCase(java.util.Locale.ROOT)
                            + ", these are what I'd suggest.");
        }
        if (classification instanceof Classification.Fault) {
            return faults.start(classified, key, userName);
        }
        if (classification instanceof Classification.OutOfScope) {
            parts.requests().outcome(state.requestId(), "out-of-scope", parts.clock().instant());
            return Turn.of(classified.withStage(Stage.OUT_OF_SCOPE), new Reply.Text(Texts.OUT_OF_SCOPE,
                    List.of(Option.of(OptionIds.ABOUT_TEACHING, Texts.ITS_TEACHING))));
        }
        if (classification instanceof Classification.NotEnglish) {
            return Turn.of(classified, new Reply.Text(Texts.NOT_ENGLISH,
                    List.of(Option.primary(OptionIds.PERSON, "Yes, talk to a person"))));
        }
        return closest(classified);
    }

    /** "Which of these is closest?" with the top needs and a way to a person. */
    Turn closest(ConversationState state) {
        List<Option> options = new java.util.ArrayList<>(state.needs().stream().limit(4)
                .map(need -> Option.of(OptionIds.NEED + need.needId(), suggestions.needName(need.needId())))
                .toList());
        options.add(Option.of(OptionIds.PERSON, Texts.SOMETHING_ELSE));
        return Turn.of(state.withStage(Stage.CLARIFYING), new Reply.Choice(Texts.CLOSEST, options));
    }

    /** More words after "which is closest?": read them with the problem; after two tries, offer a person. */
    private Turn clarifyFurther(ConversationState state, ConversationKey key, String userName, String text) {
        if (state.unsureRounds() >= 1) {
            return Turn.of(state.unsureAgain(), new Reply.Text(Texts.STILL_UNSURE, List.of(
                    Option.primary(OptionIds.PERSON, "Yes, talk to a person"),
                    Option.of(OptionIds.RESTART, "Start over"))));
        }
        String combined = state.problem() + "\n" + text;
        return answer(state.withProblem(combined).unsureAgain(), key, userName, combined);
    }

    Turn restart(ConversationState state) {
        if (state.requestId() != 0 && state.stage() != Stage.HANDED_OFF) {
            parts.requests().outcome(state.requestId(), "abandoned", parts.clock().instant());
        }
        return Turn.of(ConversationState.fresh(parts.clock().instant()), Reply.Text.of(Texts.RESTARTED));
    }

    Turn askForPerson(ConversationState state, ConversationKey key, String userName) {
        if (state.stage() == Stage.HANDED_OFF) {
            return Turn.of(state, Reply.Text.of("I've already passed this request on, with everything you told "
                    + "me, and a learning technologist will be in touch. Describe a new problem here if there's "
                    + "something else."));
        }
        if (state.problem() == null) {
            return Turn.of(state.withStage(Stage.AWAITING_PROBLEM_FOR_PERSON),
                    Reply.Text.of(Texts.ASK_PROBLEM_FOR_PERSON));
        }
        return person.handOff(state, key, userName);
    }
}
