package org.doorway.admin;

import java.time.Instant;
import java.util.Optional;

/**
 * A staff message Doorway did not understand well, for the console's queue:
 * the request, when, its words, why it is here and the need it most likely
 * meant (the one the person chose from "which is closest?", else the
 * classifier's best guess).
 */
public record Unclear(long requestId, Instant at, String text, Reason reason, Optional<String> needId) {

    public enum Reason {
        /** Doorway was unsure and asked "which of these is closest?". */
        UNSURE("Doorway was unsure"),
        /** The person said none of the needs offered was theirs. */
        NONE_OF_THESE("None of these"),
        /** The person asked for other options instead of the tools suggested. */
        REJECTED("Suggestions rejected"),
        /** The need has no supported tool in the catalogue. */
        NO_TOOL("No supported tool");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
