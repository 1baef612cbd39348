package org.doorway.intake;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How many students someone teaches, from what they say in passing: "about
 * 350 first-years", "a class of 20", "three hundred in the room", "a cohort
 * of 1,200". A number counts only when students are named next to it, so "in
 * 10 minutes", "week 5" or "2,000 words" are not class sizes. Stateless.
 */
final class CohortSize {
    static final int MAX = 20_000;

    private static final String PEOPLE = "(?:students?|learners?|pupils?|people|undergrads?|undergraduates?|"
            + "postgrads?|postgraduates?|first[- ]?years?|second[- ]?years?|third[- ]?years?|final[- ]?years?|"
            + "freshers|finalists|trainees?|nurses|medics|midwives|apprentices|participants|attendees|delegates|"
            + "sts|of them|kids|in (?:the|my|our) (?:class|cohort|room|lecture|module|group|year|seminar)|"
            + "on (?:the|my|our) (?:module|course|programme)|enrolled|taking (?:the|my) module)";
    /** Up to three describing words between the number and the people: "300 first-year biology students". */
    private static final Pattern AFTER = Pattern.compile("^(?:\\+|ish|-ish| odd| or so| plus)?\\s*"
            + "(?:[a-z][a-z'-]*\\s+){0,3}?" + PEOPLE + "\\b");
    private static final Pattern BEFORE = Pattern.compile("(?:class|cohort|group|module|lecture|audience|room|"
            + "year group|intake|seminar|course|programme|lot) (?:of|with|has|is) (?:about |around |roughly |nearly "
            + "|almost |over |just over |under |some |maybe |approx\\.? |~)?$");
    private static final Pattern NOT_A_COUNT = Pattern.compile("(?:year|level|week|room|module|unit|chapter|"
            + "session|term|semester|part|stage|section|page|lab|lt|block|cohort|group) $");

    private static final String FILLER = "\\b(about|around|roughly|approx|approximately|maybe|probably|nearly|"
            + "almost|over|under|just|some|ish|odd|or so|plus|give or take|i think|i guess|at most|at least|max|"
            + "total|in total|all told|or so)\\b";

    private CohortSize() {}

    /** The class size named in {@code lower} (lower case), if any. */
    static OptionalInt in(String text) {
        String lower = apart(text);
        for (NumberWords.Found number : NumberWords.in(lower)) {
            String before = lower.substring(0, number.start());
            String after = lower.substring(number.end());
            boolean counted = BEFORE.matcher(before).find()
                    || (AFTER.matcher(after).find() && !NOT_A_COUNT.matcher(before).find());
            if (counted && number.value() > 0 && number.value() <= MAX) {
                return OptionalInt.of(number.value());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * A reply to "how many students?": a bare number ("about 150", "150ish",
     * "a hundred and fifty") counts as well as the forms {@link #in} knows.
     */
    static OptionalInt asAnswer(String text) {
        String lower = apart(text);
        OptionalInt named = in(lower);
        if (named.isPresent()) {
            return named;
        }
        var numbers = NumberWords.in(lower);
        if (numbers.size() != 1) {
            return OptionalInt.empty();
        }
        String rest = (lower.substring(0, numbers.get(0).start()) + " " + lower.substring(numbers.get(0).end()))
                .replaceAll("[^a-z ]", " ").replaceAll(FILLER, " ").strip();
        if (rest.isEmpty() && numbers.get(0).value() <= MAX) {
            return OptionalInt.of(numbers.get(0).value());
        }
        return OptionalInt.empty();
    }

    /** "150ish" → "150 ish", so the number stands alone. */
    private static String apart(String lower) {
        return lower.replaceAll("(\\d)-?ish\\b", "$1 ish");
    }

    /** The refinement band a count falls in: small, medium, large or huge. */
    static String band(int students) {
        if (students < 30) {
            return "small";
        }
        if (students <= 100) {
            return "medium";
        }
        return students <= 300 ? "large" : "huge";
    }
}
