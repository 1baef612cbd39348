package org.doorway.handoff;

import java.util.Optional;
import org.doorway.conversation.Option;

/**
 * The technologists' buttons. Ids look like {@code handoff:ack:42} so an
 * the handoff feature knows its own clicks; each option says how a click on it
 * is taken ({@link Option.Click}), so no adapter reads the ids.
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

    private static final Option.NotePrompt PASS_NOTE = new Option.NotePrompt("Pass it on",
            "Why are you passing it on? (helps whoever gets it next)", "Pass it on");
    private static final Option.NotePrompt RESOLVE_NOTE = new Option.NotePrompt("Resolved",
            "What was the outcome, in a line?", "Mark resolved");

    public static Option acknowledge(Handoff handoff) {
        return Option.primary(id(Verb.ACK, handoff), "I've got this").everyPerson(Optional.empty());
    }

    public static Option pass(Handoff handoff) {
        return Option.of(id(Verb.PASS, handoff), "Pass to someone else").everyPerson(Optional.of(PASS_NOTE));
    }

    public static Option resolve(Handoff handoff) {
        return Option.of(id(Verb.RESOLVE, handoff), "Resolved").everyPerson(Optional.of(RESOLVE_NOTE));
    }

    /**
     * How a click on {@code optionId} is taken when it is a handoff button:
     * every person's click counts, and passing or resolving first asks for a
     * note. Empty for any other option.
     */
    static Optional<Option.Click> clickOf(String optionId) {
        if (!owns(optionId)) {
            return Optional.empty();
        }
        Optional<Option.NotePrompt> note = parse(optionId).flatMap(click -> switch (click.verb()) {
            case ACK -> Optional.<Option.NotePrompt>empty();
            case PASS -> Optional.of(PASS_NOTE);
            case RESOLVE -> Optional.of(RESOLVE_NOTE);
        });
        return Optional.of(new Option.Click.EveryPerson(note));
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
