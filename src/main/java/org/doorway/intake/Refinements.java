package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/**
 * The optional one-click questions that tailor suggestions: cohort size,
 * mode, when, and confidence with technology, asked one at a time and always
 * skippable.
 */
final class Refinements {
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

    /** The next question not yet answered. */
    static Optional<Question> next(TeachingAnswers answers) {
        return QUESTIONS.stream().filter(question -> answer(answers, question.key()) == null).findFirst();
    }

    static Reply.Choice ask(Question question) {
        List<Option> options = new ArrayList<>(question.answers());
        options.add(Option.of(OptionIds.REFINE_SKIP, "Skip"));
        return new Reply.Choice(question.prompt(), options);
    }

    /** A readable line of what was answered, e.g. "100–300 students · in the room". */
    static String describe(TeachingAnswers answers) {
        List<String> parts = new ArrayList<>();
        for (Question question : QUESTIONS) {
            String value = answer(answers, question.key());
            if (value != null) {
                String label = question.answers().stream()
                        .filter(option -> option.id().endsWith(":" + value)).map(Option::label)
                        .findFirst().orElse(value);
                parts.add(question.key().equals("size") ? label + " students" : label.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return String.join(" · ", parts);
    }

    private static String answer(TeachingAnswers answers, String key) {
        return switch (key) {
            case "size" -> answers.size();
            case "mode" -> answers.mode();
            case "when" -> answers.when();
            default -> answers.confidence();
        };
    }

    private static Question question(String key, String prompt, String... valuesAndLabels) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            options.add(Option.of(OptionIds.REFINE + key + ":" + valuesAndLabels[i], valuesAndLabels[i + 1]));
        }
        return new Question(key, prompt, options);
    }
}
