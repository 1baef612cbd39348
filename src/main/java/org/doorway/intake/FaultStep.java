package org.doorway.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/**
 * Something is broken: no tool suggestions. Takes the facts a technologist
 * needs from what was already said and asks, one at a time and skippably,
 * only the missing ones, then hands off as a fault. A fault that cannot wait
 * skips the questions and goes to a person at once, marked urgent.
 */
final class FaultStep {
    static final String TOOL = FaultFacts.TOOL;

    record Question(String label, String prompt, List<String> answers) {}

    private final Requests requests;
    private final Clock clock;
    private final Institution institution;
    private final PersonStep person;
    private final SlotExtractor slots;

    FaultStep(Requests requests, Clock clock, Institution institution, PersonStep person, SlotExtractor slots) {
        this.requests = requests;
        this.clock = clock;
        this.institution = institution;
        this.person = person;
        this.slots = slots;
    }

    static List<Question> questions(Institution institution) {
        String example = institution.vle() == null ? "Moodle" : institution.vle();
        return List.of(
                new Question(FaultFacts.TOOL, "Which tool or system is it (for example " + example
                        + ", Panopto or Turnitin)?", List.of()),
                new Question(FaultFacts.WHAT, "What exactly happens? If there's an error message, paste it as it "
                        + "appears.", List.of()),
                new Question(FaultFacts.SINCE, "Since when?", List.of("Today", "A few days", "Over a week")),
                new Question(FaultFacts.AFFECTED, "How many students are affected?",
                        List.of("Just me so far", "A few", "A whole module", "Several modules")),
                new Question(FaultFacts.DEADLINE, "Is a deadline coming up (a submission, an exam, a live session)?",
                        List.of("Yes, within 48 hours", "Yes, later on", "No")));
    }

    /** A new fault: note what was said, hand off at once when urgent, else ask what is missing. */
    Turn start(ConversationState state, ConversationKey key, String userName, String text) {
        Slots said = slots.read(text);
        ConversationState faulty = withFacts(state.withStage(Stage.FAULT_DETAILS), text, said);
        requests.outcome(state.requestId(), "fault", clock.instant());
        if (said.urgency().isPresent()) {
            return person.handOffUrgently(faulty.focused(faulty.focus().urgent(said.urgency().get())), key,
                    userName);
        }
        String intro = faulty.faultFacts().isEmpty() ? Texts.FAULT_INTRO : Texts.FAULT_NOTED + noted(faulty) + ". "
                + (missing(faulty) == 1 ? "One quick question:" : "A few quick questions for the technologist:");
        return next(faulty, key, userName).after(Reply.Text.of(intro));
    }

    /**
     * A fault reported alongside a teaching need: handed off at once with the facts given, so the person can
     * get on with the need instead of answering questions about the fault.
     */
    Turn startWithoutQuestions(ConversationState state, ConversationKey key, String userName, String text) {
        Slots said = slots.read(text);
        ConversationState faulty = withFacts(state.withStage(Stage.FAULT_DETAILS), text, said);
        requests.outcome(state.requestId(), "fault", clock.instant());
        return said.urgency().isPresent()
                ? person.handOffUrgently(faulty.focused(faulty.focus().urgent(said.urgency().get())), key, userName)
                : person.handOff(faulty, key, userName);
    }

    /** A typed reply to the open question; any other facts in it are kept too. */
    Turn answer(ConversationState state, ConversationKey key, String userName, String answer) {
        Optional<Question> current = current(state);
        if (current.isEmpty()) {
            return person.handOff(state, key, userName);
        }
        ConversationState answered = state.withFaultFact(new Reply.Field(current.get().label(), answer));
        Slots said = slots.read(answer);
        answered = withFacts(answered, answer, said);
        if (said.urgency().isPresent()) {
            return person.handOffUrgently(answered.focused(answered.focus().urgent(said.urgency().get())), key,
                    userName);
        }
        return next(answered, key, userName);
    }

    /** A one-click answer or a skip: only the open question's answer. */
    Turn click(ConversationState state, ConversationKey key, String userName, String answer) {
        Optional<Question> current = current(state);
        if (current.isEmpty()) {
            return person.handOff(state, key, userName);
        }
        return next(state.withFaultFact(new Reply.Field(current.get().label(), answer)), key, userName);
    }

    private ConversationState withFacts(ConversationState state, String text, Slots said) {
        String tool = said.tools().stream().findFirst().map(ToolMentions.Mention::name).orElse(null);
        ConversationState next = state;
        for (Reply.Field fact : FaultFacts.from(text, tool)) {
            if (next.faultFacts().stream().noneMatch(known -> known.label().equals(fact.label()))) {
                next = next.withFaultFact(fact);
            }
        }
        return next;
    }

    private Turn next(ConversationState state, ConversationKey key, String userName) {
        return current(state).map(question -> Turn.of(state.asking(Focus.FAULT), ask(question)))
                .orElseGet(() -> person.handOff(state, key, userName));
    }

    /** The question with its one-click answers, a skip and a way straight to a person. */
    static Reply.Choice ask(Question question) {
        List<Option> options = new ArrayList<>();
        question.answers().forEach(answer -> options.add(Option.of(OptionIds.FAULT_ANSWER + answer, answer)));
        options.add(Option.of(OptionIds.FAULT_SKIP, "Skip"));
        options.add(Option.of(OptionIds.FAULT_NOW, "Send it to a technologist now"));
        return new Reply.Choice(question.prompt(), options);
    }

    Optional<Question> current(ConversationState state) {
        return unanswered(state).stream().findFirst();
    }

    private long missing(ConversationState state) {
        return unanswered(state).size();
    }

    private List<Question> unanswered(ConversationState state) {
        return questions(institution).stream().filter(question -> state.faultFacts().stream()
                .noneMatch(fact -> fact.label().equals(question.label()))).toList();
    }

    /** "Noted: Moodle Quiz · since Monday · everyone", or "I've noted what happens" when that is all. */
    private static String noted(ConversationState state) {
        List<String> values = state.faultFacts().stream().filter(fact -> !fact.label().equals(FaultFacts.WHAT))
                .map(fact -> fact.value()).toList();
        return values.isEmpty() ? "I've noted what happens" : "Noted: " + String.join(" · ", values);
    }
}
