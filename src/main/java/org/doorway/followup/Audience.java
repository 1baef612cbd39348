package org.doorway.followup;

import java.util.Optional;
import java.util.Set;

/**
 * Whose follow-ups a running follow-up job sends: a serving Doorway those on
 * the platforms it is connected to, {@code doorway chat} only its own
 * person's. The rest wait for a process that can reach them, so none is
 * marked sent where nobody could see it.
 */
public record Audience(Optional<Set<String>> platforms, Optional<String> user) {
    /** Everyone (tests and the wiring's default). */
    public static final Audience EVERYONE = new Audience(Optional.empty(), Optional.empty());

    public Audience {
        platforms = platforms.map(Set::copyOf);
    }

    public static Audience onPlatforms(Set<String> platforms) {
        return new Audience(Optional.of(platforms), Optional.empty());
    }

    public static Audience person(String platform, String user) {
        return new Audience(Optional.of(Set.of(platform)), Optional.of(user));
    }
}
