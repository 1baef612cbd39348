package org.doorway.intake;

import java.util.regex.Pattern;

/**
 * Whether a reply says outright that it starts something else ("different
 * question:", "also, unrelated …"), for the moments when any words could be
 * an answer (what a fault does, more about a problem). Elsewhere a reply that
 * answers nothing asked is new by default. Stateless.
 */
final class NewTopic {
    private static final Pattern ANNOUNCED = Pattern.compile("^((completely|totally) )?(different|another|new|"
            + "separate|unrelated|other) "
            + "(question|thing|topic|issue|problem|matter)\\b|^(on (a|an) (different|other|unrelated) (note|"
            + "topic|matter)|something (else|different)( entirely)?|changing the subject|unrelated|separately|"
            + "forget (that|the last|about that)|actually,? (something|a) (else|different))\\b");

    private NewTopic() {}

    /** The words after an opening such as "Completely separate thing, but", for quoting back. */
    static String withoutMarker(String text) {
        String rest = text.strip().replaceFirst("(?i)^(completely |totally |something )?(different|another|new|"
                + "separate|"
                + "unrelated|other|else)( question| thing| topic| issue| problem| matter)?( entirely)?[,:;.!-]*\\s*"
                + "(but |and |-\\s*)?", "");
        return rest.isBlank() ? text.strip() : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    static boolean announced(String text) {
        return ANNOUNCED.matcher(SlotExtractor.normalise(text)).find();
    }
}
