package org.doorway.handoff;

import java.util.Locale;
import java.util.Optional;
import org.doorway.conversation.Option;

/**
 * The staff member's buttons on their own open request: {@code mine:add:42}
 * ("Add information", which asks for it) and {@code mine:close:42} ("Sorted,
 * thanks"). Every click counts: one list shows several requests.
 */
final class StaffOptions {
    static final String PREFIX = "mine:";

    enum Verb { ADD, CLOSE }

    record Click(Verb verb, long handoffId) {}

    static final Option.NotePrompt ADD_NOTE = new Option.NotePrompt("Add information",
            "What would you like to add? It goes to whoever has your request.", "Send");

    private StaffOptions() {}

    static Option add(Handoff handoff) {
        return Option.of(id(Verb.ADD, handoff), "Add information").everyPerson(Optional.of(ADD_NOTE));
    }

    static Option close(Handoff handoff) {
        return Option.of(id(Verb.CLOSE, handoff), "Sorted, thanks").everyPerson(Optional.empty());
    }

    static Option.Click clickOf(String optionId) {
        return new Option.Click.EveryPerson(parse(optionId).filter(click -> click.verb() == Verb.ADD)
                .map(click -> ADD_NOTE));
    }

    static Optional<Click> parse(String optionId) {
        if (optionId == null || !optionId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = optionId.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Click(Verb.valueOf(parts[1].toUpperCase(Locale.ROOT)), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String id(Verb verb, Handoff handoff) {
        return PREFIX + verb.name().toLowerCase(Locale.ROOT) + ":" + handoff.id();
    }
}
