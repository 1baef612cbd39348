package org.doorway.followup;

import java.util.Arrays;
import java.util.Optional;

/** How it went, as staff answer a follow-up; {@code wire} is what events and rows hold. */
public enum Outcome {
    WORKED("worked", "It worked"),
    PARTLY("partly", "Partly"),
    NOT_YET("not-yet", "Not yet"),
    DIDNT_TRY("didnt-try", "Didn't try");

    private final String wire;
    private final String label;

    Outcome(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** Whether the story is worth sharing: it worked, at least partly. */
    public boolean shareable() {
        return this == WORKED || this == PARTLY;
    }

    public static Optional<Outcome> parse(String wire) {
        return Arrays.stream(values()).filter(outcome -> outcome.wire.equals(wire)).findFirst();
    }
}
