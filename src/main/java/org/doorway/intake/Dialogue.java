package org.doorway.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;
import org.doorway.needs.Classification;
import org.doorway.needs.EnglishOrNot;
import org.doorway.needs.NeedClassifier;

/**
 * The intake conversation, once for every platform. Listens first: what a
 * message says in passing (class size, mode, when, tools, confidence,
 * urgency) is kept so it is never asked; a typed reply to an open question is
 * read as its answer; small talk gets small talk. Then answers first and
 * refines after, asks when unsure, collects facts for faults (or hands an
 * urgent one straight on), answers policy questions from the catalogue,
 * routes other matters where the institution says, and finds a person at any
 * time. Loads the conversation's state, takes one turn and saves the state;
 * run it inside the caller's transaction so replies queued for delivery
 * commit with it. Thread-safe (holds no conversation in memory).
 */
public final class Dialogue implements StaffDialogue {
    /** A pause this long before a new message starts a new request (with an offer to go back). */
    static final Duration NEW_REQUEST_AFTER = Duration.ofHours(8);
    /** A message is read up to this many characters. */
    static final int MAX_TEXT = 2_000;

    private final NeedClassifier classifier;
    private final Supplier<Catalogue> catalogue;
    private final Conversations conversations;
    private final Requests requests;
    private final Clock clock;
    private final SlotExtractor slots;
    private final SuggestionStep suggestions;
    private final PersonStep person;
    private final FaultStep faults;
    private final ActionStep actions;
    private final PolicyStep policies;
    private final ScopeStep scope;

    /** Built by {@link IntakeConfiguration}, which gives each step exactly the ports it uses. */
    Dialogue(NeedClassifier classifier, Supplier<Catalogue> catalogue, Conversations conversations,
            Requests requests, Clock clock, Steps steps) {
        this.classifier = classifier;
        this.catalogue = catalogue;
        this.conversations = conversations;
        this.requests = requests;
        this.clock = clock;
        this.slots = steps.slots();
        this.suggestions = steps.suggestions();
        this.person = steps.person();
        this.faults = steps.faults();
        this.policies = steps.policies();
        this.scope = steps.scope();
        this.actions = new ActionStep(this, catalogue, requests, clock, suggestions, person, faults);
    }

    /** The steps a turn is taken with. */
    record Steps(SlotExtractor slots, SuggestionStep suggestions, PersonStep person, FaultStep faults,
            PolicyStep policies, ScopeStep scope) {}

    @Override
    public void prepare() {
        classifier.prepare();
    }

    @Override
    public List<Reply> handle(Inbound inbound) {
        Instant now = clock.instant();
        ConversationKey key = inbound.key();
        ConversationState state = conversations.find(key).orElseGet(() -> ConversationState.fresh(now));
        Turn turn = inbound instanceof Inbound.Message message
                ? onMessage(state, key, message.userName(), message.text() == null ? "" : message.text(), now)
                : actions.on(state, key, (Inbound.Action) inbound);
        conversations.save(key, turn.state().touched(now));
        return turn.replies();
    }

    private Turn onMessage(ConversationState state, ConversationKey key, String userName, String raw, Instant now) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return Turn.of(state, Reply.Text.of(state.problem() == null ? Texts.WELCOME : Texts.EMPTY));
        }
        boolean truncated = text.length() > MAX_TEXT;
        text = truncated ? text.substring(0, MAX_TEXT) : text;
        Turn turn = onText(state, key, userName, text, now);
        return truncated ? turn.after(Reply.Text.of(String.format(Texts.TRUNCATED, MAX_TEXT))) : turn;
    }

    private Turn onText(ConversationState state, ConversationKey key, String userName, String typed, Instant now) {
        switch (Commands.recognise(typed)) {
            case HELP:
                return Turn.of(state, Reply.Text.of(Texts.HELP));
            case RESTART:
                return restart(state);
            case PERSON:
                return askForPerson(state, key, userName);
            default:
                break;
        }
        String text = SmallTalk.withoutGreeting(typed);
        Slots said = slots.read(text);
        boolean longPause = Duration.between(state.lastActivity(), now).compareTo(NEW_REQUEST_AFTER) > 0;
        if (longPause && state.stage() != Stage.IDLE && state.problem() != null
                && SmallTalk.of(typed).isEmpty()) {
            ConversationState earlier = state;
            return newRequest(state, key, userName, text, true).then(new Reply.Text(
                    String.format(Texts.RESUME_OFFER, Texts.gist(earlier.problem())),
                    List.of(Option.of(OptionIds.RESUME, "Go back to my earlier request"))));
        }
        Optional<ReplyReader.Reading> reading = ReplyReader.read(state, text, said,
                state.stage() == Stage.SUGGESTED ? suggestions.onPage(state) : List.of(),
                ToolMentions.of(catalogue.get()));
        if (reading.isPresent()) {
            return onReading(state, key, userName, reading.get());
        }
        Optional<SmallTalk.Kind> talk = SmallTalk.of(typed);
        if (talk.isPresent()) {
            return TalkStep.answer(state, talk.get());
        }
        if (EnglishOrNot.language(text).isPresent()) {
            return TalkStep.notEnglish(state, text);
        }
        Optional<Turn> policy = policies.answer(state, text, said);
        if (policy.isPresent()) {
            ConversationState asked = policy.get().state();
            if (!active(state)) {
                asked = opened(state, key, text, "answered", false).focused(asked.focus());
            }
            requests.event(asked.requestId(), "policy", asked.focus().toolId() == null ? "unknown tool"
                    : asked.focus().toolId(), now);
            return new Turn(asked, policy.get().replies());
        }
        return switch (state.stage()) {
            case FAULT_DETAILS -> NewTopic.announced(text) ? newTopic(state, key, userName, text)
                    : faults.answer(state, key, userName, text);
            case AWAITING_PROBLEM_FOR_PERSON -> {
                Turn opened = newRequest(state, key, userName, text, false);
                yield opened.state().stage() == Stage.HANDED_OFF ? opened
                        : person.handOff(opened.state(), key, userName);
            }
            case CLARIFYING -> NewTopic.announced(text) ? newTopic(state, key, userName, text)
                    : clarifyFurther(state, key, userName, text);
            case IDLE -> newRequest(state, key, userName, text, false);
            default -> state.problem() == null ? newRequest(state, key, userName, text, false)
                    : newTopic(state, key, userName, text);
        };
    }

    private Turn onReading(ConversationState state, ConversationKey key, String userName,
            ReplyReader.Reading reading) {
        if (reading instanceof ReplyReader.Reading.Click click) {
            return actions.on(state, key, new Inbound.Action(key, userName, click.optionId()));
        }
        if (reading instanceof ReplyReader.Reading.Tailor tailor) {
            return tailor(state, tailor.slots());
        }
        if (reading instanceof ReplyReader.Reading.NoneOfThese) {
            requests.event(state.requestId(), "none-of-these", "", clock.instant());
            return Turn.of(state.asking(Focus.OFFER_PERSON), new Reply.Text(Texts.NONE_OF_THESE,
                    List.of(Option.primary(OptionIds.PERSON, "Talk to a person"))));
        }
        return Turn.of(state.asking(null), Reply.Text.of(Texts.DECLINED));
    }

    /** Answers about the teaching, typed: kept, recorded, and the list re-ranked or the reason it stays. */
    Turn tailor(ConversationState state, Slots said) {
        TeachingAnswers before = state.answers();
        TeachingAnswers after = said.into(before);
        List<String> answered = new ArrayList<>();
        for (String question : List.of("size", "mode", "when", "confidence")) {
            if (after.answer(question) != null && !after.answer(question).equals(before.answer(question))) {
                answered.add(question);
                requests.event(state.requestId(), "refine", question + "=" + after.answer(question),
                        clock.instant());
            }
        }
        if (answered.isEmpty() && !(before.students() == null && after.students() != null)) {
            return Turn.of(state, Reply.Text.of("Noted. " + RankingChange.whySame(List.of(), after, List.of())));
        }
        return suggestions.retailored(state, state.withAnswers(after), answered.isEmpty() ? List.of("size")
                : answered);
    }

    /** A reply that starts something new: say so, then answer it as a new request. */
    private Turn newTopic(ConversationState state, ConversationKey key, String userName, String text) {
        if (state.requestId() != 0 && state.stage() != Stage.HANDED_OFF && state.stage() != Stage.OUT_OF_SCOPE) {
            requests.outcome(state.requestId(), "abandoned", clock.instant());
        }
        return newRequest(state, key, userName, text, false)
                .after(Reply.Text.of(String.format(Texts.NEW_TOPIC, Texts.gist(NewTopic.withoutMarker(text), 60))));
    }

    /** Opens a request for the text and answers it. */
    Turn newRequest(ConversationState state, ConversationKey key, String userName, String text, boolean keepPrevious) {
        return answer(opened(state, key, text, null, keepPrevious), key, userName, text);
    }

    /** A new request for {@code text}, recorded for reports, with its outcome when already known. */
    private ConversationState opened(ConversationState state, ConversationKey key, String text, String outcome,
            boolean keepPrevious) {
        Instant now = clock.instant();
        long id = requests.open(key, text, now);
        if (outcome != null) {
            requests.outcome(id, outcome, now);
        }
        return state.newRequest(id, text, now, keepPrevious);
    }

    private Turn answer(ConversationState state, ConversationKey key, String userName, String text) {
        Slots said = slots.read(text);
        ConversationState listened = state.withAnswers(said.into(state.answers()));
        Optional<String> tool = said.tools().stream().flatMap(mention -> mention.tool().stream())
                .map(found -> found.id()).findFirst();
        if (tool.isPresent()) {
            listened = listened.focused(listened.focus().about(tool.get()));
        }
        Classification classification = classifier.classify(text);
        if (classification.alsoFault() && classification instanceof Classification.Matched need) {
            return mixed(listened, key, userName, text, need);
        }
        String top = classification.needs().isEmpty() ? null : classification.needs().get(0).needId();
        requests.classified(state.requestId(), classification.outcome(), top, classification.confidence());
        ConversationState classified = listened.classified(classification.outcome(), classification.needs());
        String lower = SlotExtractor.normalise(text);
        boolean hardware = RouteTopics.hardware(lower) && said.tools().isEmpty();
        if (RouteTopics.brokenEquipment(lower) && said.tools().isEmpty()) {
            return scope.hardware(classified, said);
        }
        if (classification instanceof Classification.Matched matched) {
            return suggestions.firstForNeed(classified.withNeed(matched.top().needId()));
        }
        if (classification instanceof Classification.Fault) {
            return hardware ? scope.hardware(classified, said) : faults.start(classified, key, userName, text);
        }
        if (classification instanceof Classification.OutOfScope) {
            return hardware ? scope.hardware(classified, said) : scope.outOfScope(classified, text);
        }
        if (RouteTopics.clearlyElsewhere(lower).isPresent()) {
            return scope.outOfScope(classified, text);
        }
        if (classification instanceof Classification.NotEnglish) {
            return Turn.of(classified, new Reply.Text(Texts.NOT_ENGLISH,
                    List.of(Option.primary(OptionIds.PERSON, "Yes, talk to a person"))));
        }
        return closest(classified);
    }

    /**
     * A fault and a need in one message (the classifier's {@code alsoFault}): the fault goes to a person at once,
     * with the whole message, and the need gets its answer.
     */
    private Turn mixed(ConversationState state, ConversationKey key, String userName, String text,
            Classification.Matched needClassification) {
        Instant now = clock.instant();
        requests.classified(state.requestId(), "fault", null, 1.0);
        ConversationState fault = state.withProblem(text).classified("fault", List.of());
        Turn handed = faults.startWithoutQuestions(fault, key, userName, text);
        long needRequest = requests.open(key, text, now);
        String needId = needClassification.top().needId();
        requests.classified(needRequest, "need", needId, needClassification.confidence());
        ConversationState need = handed.state().newRequest(needRequest, text, now, false)
                .withAnswers(slots.read(text).into(TeachingAnswers.none()))
                .classified("need", needClassification.needs()).withNeed(needId);
        Turn answered = suggestions.firstForNeed(need);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.Text.of(Texts.TWO_THINGS));
        replies.addAll(handed.replies());
        replies.addAll(answered.replies());
        return new Turn(answered.state(), replies);
    }

    /** "Which of these is closest?" with the top needs, "Something's broken" and a way to a person. */
    Turn closest(ConversationState state) {
        List<Option> options = new ArrayList<>(state.needs().stream().limit(3)
                .map(need -> Option.of(OptionIds.NEED + need.needId(), suggestions.needName(need.needId())))
                .toList());
        options.add(Option.of(OptionIds.BROKEN, Texts.SOMETHING_BROKEN));
        options.add(Option.of(OptionIds.PERSON, Texts.TALK_TO_PERSON));
        if (state.requestId() != 0) {
            requests.event(state.requestId(), "unsure", String.join(", ", state.needs().stream().limit(3)
                    .map(need -> need.needId()).toList()), clock.instant());
        }
        return Turn.of(state.withStage(Stage.CLARIFYING).asking(Focus.CLOSEST), new Reply.Choice(Texts.CLOSEST,
                options));
    }

    /** More words after "which is closest?": read them with the problem; after two tries, offer a person. */
    private Turn clarifyFurther(ConversationState state, ConversationKey key, String userName, String text) {
        if (state.unsureRounds() >= 1) {
            return Turn.of(state.unsureAgain().asking(Focus.OFFER_PERSON), new Reply.Text(Texts.STILL_UNSURE,
                    List.of(Option.primary(OptionIds.PERSON, "Yes, talk to a person"),
                            Option.of(OptionIds.RESTART, "Start over"))));
        }
        String combined = state.problem() + "\n" + text;
        return answer(state.withProblem(combined).unsureAgain(), key, userName, combined);
    }

    Turn restart(ConversationState state) {
        if (state.requestId() != 0 && state.stage() != Stage.HANDED_OFF) {
            requests.outcome(state.requestId(), "abandoned", clock.instant());
        }
        return Turn.of(ConversationState.fresh(clock.instant()), Reply.Text.of(Texts.RESTARTED));
    }

    Turn askForPerson(ConversationState state, ConversationKey key, String userName) {
        if (state.stage() == Stage.HANDED_OFF) {
            return Turn.of(state, Reply.Text.of("I've already passed this request on, with everything you told "
                    + "me, and a learning technologist will be in touch. Describe a new problem here if there's "
                    + "something else."));
        }
        if (state.problem() == null) {
            return Turn.of(state.withStage(Stage.AWAITING_PROBLEM_FOR_PERSON).asking(null),
                    Reply.Text.of(Texts.ASK_PROBLEM_FOR_PERSON));
        }
        return person.handOff(state, key, userName);
    }

    /** A request under way: asked about, suggested or being clarified, not finished or sent elsewhere. */
    private static boolean active(ConversationState state) {
        return state.problem() != null && state.requestId() != 0 && state.stage() != Stage.IDLE
                && state.stage() != Stage.HANDED_OFF && state.stage() != Stage.OUT_OF_SCOPE;
    }
}
