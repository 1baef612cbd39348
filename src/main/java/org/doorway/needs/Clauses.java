package org.doorway.needs;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Staff often report something broken and ask for a teaching idea in one
 * message ("the quiz froze today, and more generally I'd like a better way to
 * run weekly quizzes"). The whole message then reads as one or the other;
 * read clause by clause, it is both. This splits a message at sentence ends
 * and at the words that change the subject, and combines the clauses' answers.
 */
final class Clauses {

    private static final Pattern BREAKS = Pattern.compile(
            "(?<=[.!?;])\\s+|;\\s*|\\s*[,.]?\\s+(?=(?:and )?(?:anyway|separately|also|plus|while i'm here|while i am here"
                    + "|longer term|more generally|on another note|on a different note|unrelated|in the meantime|but more "
                    + "importantly|and i'd also|and i would also|and i'd like|i'd also|i would also)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_WORDS = 3;

    private Clauses() {}

    static List<String> split(String text) {
        return Arrays.stream(BREAKS.split(text)).map(String::strip)
                .filter(clause -> clause.split("\\s+").length >= MIN_WORDS).toList();
    }

    /**
     * The whole message's answer, unless one clause is a fault and another a teaching need:
     * then the need (answered as its clause was) with {@code alsoFault}.
     */
    static Classification combine(Classification whole, String text, Function<String, Classification> classify) {
        var clauses = split(text);
        if (clauses.size() < 2) {
            return whole;
        }
        var answers = clauses.stream().map(classify).toList();
        boolean fault = whole instanceof Classification.Fault
                || answers.stream().anyMatch(a -> a instanceof Classification.Fault);
        if (!fault) {
            return whole;
        }
        if (whole instanceof Classification.Matched matched) {
            return new Classification.Matched(matched.needs(), matched.confidence(), true);
        }
        if (whole instanceof Classification.Unsure unsure) {
            return new Classification.Unsure(unsure.needs(), unsure.confidence(), true);
        }
        // The whole reads as a fault: only a clause confidently about teaching makes it both.
        return answers.stream().filter(a -> a instanceof Classification.Matched).findFirst()
                .<Classification>map(need -> new Classification.Matched(need.needs(), need.confidence(), true))
                .orElse(whole);
    }
}
