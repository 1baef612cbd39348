package org.doorway.followup;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the teaching in a story was given, when staff said so in passing
 * ("my online module", "a hybrid seminar", "face-to-face lectures"): online,
 * hybrid or face-to-face. Empty when they did not say; never guessed.
 */
final class TeachingModes {
    private static final Pattern HYBRID = Pattern.compile("\\b(hybrid|hyflex|blended)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLINE = Pattern.compile("\\b(online|remote(ly)?|virtual|distance learn\\w*|on zoom|"
            + "over zoom|via zoom)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_PERSON = Pattern.compile("\\b(in[- ]person|face[- ]to[- ]face|on campus)\\b",
            Pattern.CASE_INSENSITIVE);

    private TeachingModes() {}

    /** Hybrid before online (a hybrid class is partly online), then face-to-face. */
    static Optional<String> namedIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (HYBRID.matcher(text).find()) {
            return Optional.of("hybrid");
        }
        if (ONLINE.matcher(text).find()) {
            return Optional.of("online");
        }
        return IN_PERSON.matcher(text).find() ? Optional.of("face-to-face") : Optional.empty();
    }
}
