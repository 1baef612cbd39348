package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/**
 * Something is broken: no tool suggestions. Asks, one at a time and
 * skippably, the facts a technologist needs, then hands off as a fault.
 */
final class FaultStep {
    static final String TOOL = "Tool or system";

    record Question(String label, String prompt, List<String> answers) {}

    static final List<Question> QUESTIONS = List.of(
            new Question(TOOL, "Which tool or system is it (for example Moodle, Panopto or Turnitin)?", List.of()),
            new Question("Error or what happened", "What exactly happens? If there's an error message, paste it "
                    + "as it appears.", List.of()),
            new Question("Since when", "Since when?", List.of("Today", "A few days", "Over a week")),
            new Question("Students affected", "How many students are affected?",
                    List.of("Just me so far", "A few", "A whole module", "Several modules")),
            new Question("Deadline", "Is a deadline coming up (a submission, an exam, a live session)?",
                    List.of("Yes, within 48 hours", "Yes, later on", "No")));

    private final DialogueParts parts;
    private final PersonStep person;

    FaultStep(DialogueParts parts, PersonStep person) {
        this.parts = parts;
        this.person = person;
    }

    Turn start(ConversationState state, ConversationKey key, String userName) {
        ConversationState faulty = state.withStage(Stage.FAULT_DETAILS);
        Optional<Tool> named = toolNamedIn(state.problem());
        if (named.isPresent()) {
            faulty = faulty.withFaultFact(new Reply.Field(TOOL, named.get().name()));
        }
        parts.requests().outcome(state.requestId(), "fault", parts.clock().instant());
        return next(faulty, key, userName).after(Reply.Text.of(Texts.FAULT_INTRO));
    }

    Turn answer(ConversationState state, ConversationKey key, String userName, String answer) {
        Optional<Question> current = current(state);
        if (current.isEmpty()) {
            return person.handOff(state, key, userName);
        }
        return next(state.withFaultFact(new Reply.Field(current.get().label(), answer)), key, userName);
    }

    private Turn next(ConversationState state, ConversationKey key, String userName) {
        return current(state).map(question -> Turn.of(state, ask(question)))
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

    static Optional<Question> current(ConversationState state) {
        return QUESTIONS.stream()
                .filter(question -> state.faultFacts().stream().noneMatch(fact -> fact.label().equals(question.label())))
                .findFirst();
    }

    /** A catalogue tool whose name the person used, so we need not ask which tool it is. */
    Optional<Tool> toolNamedIn(String text) {
        String words = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return parts.catalogue().get().tools().stream()
                .filter(tool -> words.contains(" " + plain(tool.name()) + " ") || words.contains(" " + plain(tool.id()) + " "))
                .max(java.util.Comparator.comparingInt(tool -> tool.name().length()));
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
