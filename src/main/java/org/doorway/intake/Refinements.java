package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/**
 * The optional one-click questions that tailor suggestions: cohort size,
 * mode, when, and confidence with technology, asked one at a time, only when
 * the answer is not known already, and always skippable.
 */
final class Refinements {
    /** The reaction recorded when someone skips the questions: none is asked again for this request. */
    static final String SKIPPED = "skipped the questions";

    record Question(String key, String prompt, List<Option> answers) {}

    static final List<Question> QUESTIONS = List.of(
            question("size", "Want these tailored to you? Roughly how many students?",
                    "small", "Under 30", "medium", "30–100", "large", "100–300", "huge", "Over 300"),
            question("mode", "In the room, online or hybrid?",
                    "in-person", "In the room", "online", "Online", "hybrid", "Hybrid"),
            question("when", "When do you need it?",
                    "this-week", "This week", "this-term", "This term", "next-term", "Next term"),
            question("confidence", "How do you feel about trying new technology?",
                    "new", "New to this", "some", "Fairly confident", "confident", "Very confident"));

    private Refinements() {}

    /** The next question whose answer is not known. */
    static Optional<Question> next(TeachingAnswers answers) {
        return QUESTIONS.stream().filter(question -> answers.answer(question.key()) == null).findFirst();
    }

    static Optional<Question> named(String key) {
        return QUESTIONS.stream().filter(question -> question.key().equals(key)).findFirst();
    }

    static Reply.Choice ask(Question question) {
        List<Option> options = new ArrayList<>(question.answers());
        options.add(Option.of(OptionIds.REFINE_SKIP, "Skip"));
        return new Reply.Choice(question.prompt(), options);
    }

    /** A readable line of what is known, e.g. "about 150 students · online · next week". */
    static String describe(TeachingAnswers answers) {
        List<String> parts = new ArrayList<>();
        for (Question question : QUESTIONS) {
            String value = answers.answer(question.key());
            if (value == null || value.equals(TeachingAnswers.NOT_GIVEN)) {
                continue;
            }
            if (question.key().equals("size")) {
                parts.add(answers.students() != null ? "about " + answers.students() + " students"
                        : label(question, value) + " students");
            } else if (question.key().equals("when")) {
                parts.add(WhenWords.label(value));
            } else if (question.key().equals("confidence")) {
                parts.add(switch (value) {
                    case "new" -> "new to the technology";
                    case "confident" -> "confident with technology";
                    default -> "fairly confident";
                });
            } else {
                parts.add(label(question, value).toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" · ", parts);
    }

    private static String label(Question question, String value) {
        return question.answers().stream().filter(option -> option.id().endsWith(":" + value)).map(Option::label)
                .findFirst().orElse(value);
    }

    private static Question question(String key, String prompt, String... valuesAndLabels) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            options.add(Option.of(OptionIds.REFINE + key + ":" + valuesAndLabels[i], valuesAndLabels[i + 1]));
        }
        return new Question(key, prompt, options);
    }
}
