package org.doorway.intake;

import java.util.regex.Pattern;

/**
 * Whether a reply says outright that it starts something else ("different
 * question:", "also, unrelated …"), for the moments when any words could be
 * an answer (what a fault does, more about a problem). Elsewhere a reply that
 * answers nothing asked is new by default. Stateless.
 */
final class NewTopic {
    private static final Pattern ANNOUNCED = Pattern.compile("^(different|another|new|separate|unrelated|other) "
            + "(question|thing|topic|issue|problem|matter)\\b|^(on (a|an) (different|other|unrelated) (note|"
            + "topic|matter)|something (else|different)( entirely)?|changing the subject|unrelated|separately|"
            + "forget (that|the last|about that)|actually,? (something|a) (else|different))\\b");

    private NewTopic() {}

    static boolean announced(String text) {
        return ANNOUNCED.matcher(SlotExtractor.normalise(text)).find();
    }
}
