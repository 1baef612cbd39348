package org.doorway.handoff;

import java.util.Optional;
import org.doorway.conversation.Option;

/**
 * The technologists' buttons. Ids look like {@code handoff:ack:42} so an
 * adapter can send every {@code handoff:} click to {@link TechnologistActions}.
 */
public final class HandoffOptions {
    public static final String PREFIX = "handoff:";

    public enum Verb { ACK, PASS, RESOLVE }

    /** A parsed option id. */
    public record Click(Verb verb, long handoffId) {}

    private HandoffOptions() {}

    public static boolean owns(String optionId) {
        return optionId != null && optionId.startsWith(PREFIX);
    }

    public static Option acknowledge(Handoff handoff) {
        return Option.primary(id(Verb.ACK, handoff), "I've got this");
    }

    public static Option pass(Handoff handoff) {
        return Option.of(id(Verb.PASS, handoff), "Pass to someone else");
    }

    public static Option resolve(Handoff handoff) {
        return Option.of(id(Verb.RESOLVE, handoff), "Resolved");
    }

    public static Optional<Click> parse(String optionId) {
        if (!owns(optionId)) {
            return Optional.empty();
        }
        String[] parts = optionId.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Verb verb = Verb.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
            return Optional.of(new Click(verb, Long.parseLong(parts[2])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String id(Verb verb, Handoff handoff) {
        return PREFIX + verb.name().toLowerCase(java.util.Locale.ROOT) + ":" + handoff.id();
    }
}
