package org.doorway.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a fault cannot wait, in a few words for the technologist: a session
 * within the hour, an exam or deadline today, everyone affected, a system
 * down. Empty when nothing says so. Stateless.
 */
final class UrgencyWords {
    private static final Pattern MINUTES = Pattern.compile("\\bin (\\d{1,3}|a few|five|ten|fifteen|twenty|thirty|"
            + "forty|forty-five) ?(min|mins|minutes)\\b|\\bin (half an|an|1) hour\\b|\\bwithin the hour\\b|"
            + "\\b(starts?|starting|begins?|beginning) (now|right now|any minute)\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(exam|test|assessment|deadline|submission|viva|"
            + "presentation|quiz|osce)s?\\b[^.!?]{0,40}\\b(today|tonight|this (morning|afternoon|evening)|at \\d|"
            + "by \\d|by (noon|midday|midnight)|now|in \\d+ ?(min|mins|minutes|hours?))\\b|\\b(due|closes|deadline is) "
            + "(today|tonight|at \\d|by \\d|in \\d+ ?(min|mins|minutes|hours?))\\b");
    private static final Pattern EVERYONE = Pattern.compile("\\b(everyone|everybody|for anyone|all (of )?"
            + "(my |the |our )?(students|staff|users|modules|courses)|nobody can|no one can|no-one can|"
            + "whole (year|school|department|faculty|university))\\b");
    private static final Pattern DOWN = Pattern.compile("\\b(is|are|'s|went|gone|it's) (completely |totally )?"
            + "down\\b|\\boutage\\b|\\bnot loading for anyone\\b");
    private static final Pattern SAID = Pattern.compile("\\b(urgent(ly)?|asap|emergency|help!+|right now)\\b");

    private UrgencyWords() {}

    static Optional<String> in(String lower) {
        Matcher minutes = MINUTES.matcher(lower);
        if (minutes.find()) {
            return Optional.of("a teaching session starts within the hour");
        }
        if (TODAY.matcher(lower).find()) {
            return Optional.of("an exam or deadline is today");
        }
        if (DOWN.matcher(lower).find()) {
            return Optional.of("the system is down");
        }
        if (EVERYONE.matcher(lower).find()) {
            return Optional.of("it affects everyone");
        }
        return SAID.matcher(lower).find() ? Optional.of("they say it is urgent") : Optional.empty();
    }
}
