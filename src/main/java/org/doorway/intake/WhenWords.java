package org.doorway.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something is needed, from "in 10 minutes", "tomorrow", "next week",
 * "before term" and the like. Values: now, today, this-week, next-week,
 * this-term, next-term. Stateless.
 */
final class WhenWords {
    private static final Pattern MINUTES = Pattern.compile("\\bin (\\d{1,3}|a few|five|ten|fifteen|twenty|"
            + "thirty|forty|forty-five) ?(min|mins|minutes)\\b");
    private static final Pattern NOW = Pattern.compile("\\b(right now|straight away|asap|as soon as possible|"
            + "immediately|in (half|an|1) (an )?hour|within the hour|in the next hour|starts? now|urgently)\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(today|tonight|this (morning|afternoon|evening)|"
            + "later on today|by (5|five|midnight|the end of (the )?day))\\b");
    private static final Pattern THIS_WEEK = Pattern.compile("\\b(tomorrow|this week|by (monday|tuesday|wednesday|"
            + "thursday|friday)|on (monday|tuesday|wednesday|thursday|friday)|"
            + "in (a|two|2|three|3) days?|end of the week|this friday)\\b");
    private static final Pattern NEXT_WEEK = Pattern.compile("\\b(next week|in a week|in (two|2) weeks|"
            + "a fortnight|week after next|next (monday|tuesday|wednesday|thursday|friday))\\b");
    private static final Pattern THIS_TERM = Pattern.compile("\\b(this (term|semester|month)|later (this|in the) "
            + "(term|semester)|in a (few|couple of) weeks|before (reading week|christmas|easter|the exams?|"
            + "the end of term)|no rush|not urgent|sometime this)\\b");
    private static final Pattern NEXT_TERM = Pattern.compile("\\b(next (term|semester|year|academic year|session)|"
            + "before (the )?(start of )?(term|semester|teaching) (starts|begins)?|before term|start of (next )?term|"
            + "in (january|september|the new year|the autumn|the spring)|for (september|january))\\b");

    private WhenWords() {}

    static Optional<String> in(String lower) {
        Matcher minutes = MINUTES.matcher(lower);
        if (minutes.find() || NOW.matcher(lower).find()) {
            return Optional.of("now");
        }
        if (TODAY.matcher(lower).find()) {
            return Optional.of("today");
        }
        if (THIS_WEEK.matcher(lower).find()) {
            return Optional.of("this-week");
        }
        if (NEXT_WEEK.matcher(lower).find()) {
            return Optional.of("next-week");
        }
        if (NEXT_TERM.matcher(lower).find()) {
            return Optional.of("next-term");
        }
        return THIS_TERM.matcher(lower).find() ? Optional.of("this-term") : Optional.empty();
    }

    /** The words for a value, for saying it back: "next week". */
    static String label(String value) {
        return switch (value) {
            case "now" -> "right now";
            case "today" -> "today";
            case "this-week" -> "this week";
            case "next-week" -> "next week";
            case "this-term" -> "this term";
            case "next-term" -> "next term";
            default -> value;
        };
    }
}
