package org.doorway.followup;

import java.util.Arrays;
import java.util.Optional;

/** Consent (a): whether the story may become a case study, and with whose name. */
public enum StoryConsent {
    ANONYMOUS("anonymous"), NAMED("named"), NO("no");

    private final String wire;

    StoryConsent(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean given() {
        return this != NO;
    }

    public static Optional<StoryConsent> parse(String wire) {
        return Arrays.stream(values()).filter(consent -> consent.wire.equals(wire)).findFirst();
    }
}
