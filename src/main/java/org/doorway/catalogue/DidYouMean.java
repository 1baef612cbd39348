package org.doorway.catalogue;

import java.util.Collection;
import java.util.Optional;
import org.doorway.text.Spelling;

/** Suggests the nearest known word for a typo in a catalogue file. */
final class DidYouMean {
    private DidYouMean() {}

    /** The closest candidate within a few edits, if any is close enough to be a plausible typo. */
    static Optional<String> nearest(String typed, Collection<String> known) {
        return Spelling.closest(typed, known, Math.max(2, typed.length() / 3));
    }

    /** " — did you mean 'x'? " or nothing, ready to put in front of the rest of a fix. */
    static String hint(String typed, Collection<String> known) {
        return nearest(typed, known).map(word -> "did you mean '" + word + "'? ").orElse("");
    }
}
