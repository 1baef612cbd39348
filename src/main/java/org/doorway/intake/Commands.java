package org.doorway.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises what a person can type at any point: help, start over, and
 * asking for a person. Deliberately narrow, so that a teaching problem that
 * mentions "talking to someone" is not mistaken for a request for a person.
 */
final class Commands {
    enum Command { HELP, RESTART, PERSON, NONE }

    private static final Pattern HELP = Pattern.compile(
            "^(help|\\?|menu|what can you do\\??|how does (this|it) work\\??|commands)$");
    private static final Pattern RESTART = Pattern.compile(
            "^(start (over|again|afresh)|restart|reset|new request|cancel|forget (it|that))[.!]?$");
    private static final Pattern PERSON = Pattern.compile(
            "\\b(talk|speak|chat|get me through)\\s+(to|with)\\s+(a |an |the |some )?(real |actual )?"
                    + "(person|human|someone|somebody|learning technologist|technologist|member of staff|expert)"
                    + "|\\b(human|person|technologist|real person)\\s*(please|pls|plz)\\b"
                    + "|^(a )?(human|person|real person|technologist|learning technologist)[.!]?$"
                    + "|\\bconnect me\\b|\\bi('d| would) like (a|to speak to a) (person|human|technologist)");

    private Commands() {}

    static Command recognise(String text) {
        String words = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (HELP.matcher(words).matches()) {
            return Command.HELP;
        }
        if (RESTART.matcher(words).matches()) {
            return Command.RESTART;
        }
        if (words.length() <= 90 && PERSON.matcher(words).find()) {
            return Command.PERSON;
        }
        return Command.NONE;
    }
}
