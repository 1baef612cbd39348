package org.doorway.handoff;

import java.util.Optional;
import org.doorway.conversation.Option;

/**
 * The technologists' buttons. Ids look like {@code handoff:pass:42} so the
 * handoff feature knows its own clicks; each option says how a click on it
 * is taken ({@link Option.Click}), so no adapter reads the ids. "I've got
 * this" also says which message it was on: {@code handoff:ack:42:o<millis>}
 * on the offer made at that moment to one technologist, {@code handoff:ack:42:team}
 * in the team channel, so a late click on an offer that has moved on changes
 * nothing. An id without that part (sent before it existed) acts as it always did.
 */
public final class HandoffOptions {
    public static final String PREFIX = "handoff:";

    public enum Verb { ACK, PASS, RESOLVE, TRANSFER }

    /** A parsed option id; {@code token} is the message an "I've got this" was on, where it says. */
    public record Click(Verb verb, long handoffId, Optional<String> token) {
        public Click(Verb verb, long handoffId) {
            this(verb, handoffId, Optional.empty());
        }
    }

    static final String TEAM = "team";

    private HandoffOptions() {}

    public static boolean owns(String optionId) {
        return optionId != null && optionId.startsWith(PREFIX);
    }

    private static final Option.NotePrompt PASS_NOTE = new Option.NotePrompt("Pass it on",
            "Why are you passing it on? (helps whoever gets it next)", "Pass it on");
    private static final Option.NotePrompt TRANSFER_NOTE = new Option.NotePrompt("Transfer to…",
            "Who should have it? Their email or name (leave it blank to see who's free)", "Transfer");
    private static final Option.NotePrompt RESOLVE_NOTE = new Option.NotePrompt("Resolved",
            "What was the outcome, in a line?", "Mark resolved");

    /** On the offer to one technologist: it acts only while that very offer stands. */
    public static Option acknowledge(Handoff handoff) {
        String offer = handoff.offeredAt().map(at -> ":" + offerToken(at)).orElse("");
        return Option.primary(id(Verb.ACK, handoff) + offer, "I've got this").everyPerson(Optional.empty());
    }

    /** In the team channel: anyone on the roster may take it while it waits. */
    public static Option acknowledgeFromTeam(Handoff handoff) {
        return Option.primary(id(Verb.ACK, handoff) + ":" + TEAM, "I've got this").everyPerson(Optional.empty());
    }

    static String offerToken(java.time.Instant offeredAt) {
        return "o" + offeredAt.toEpochMilli();
    }

    public static Option pass(Handoff handoff) {
        return Option.of(id(Verb.PASS, handoff), "Pass to someone else").everyPerson(Optional.of(PASS_NOTE));
    }

    /** "Transfer to…": to a named colleague, asked for in the note. */
    public static Option transfer(Handoff handoff) {
        return Option.of(id(Verb.TRANSFER, handoff), "Transfer to…").everyPerson(Optional.of(TRANSFER_NOTE));
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
            case TRANSFER -> Optional.of(TRANSFER_NOTE);
        });
        return Optional.of(new Option.Click.EveryPerson(note));
    }

    public static Optional<Click> parse(String optionId) {
        if (!owns(optionId)) {
            return Optional.empty();
        }
        String[] parts = optionId.split(":");
        if (parts.length != 3 && parts.length != 4) {
            return Optional.empty();
        }
        try {
            Verb verb = Verb.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
            Optional<String> token = parts.length == 4 ? Optional.of(parts[3]) : Optional.empty();
            return Optional.of(new Click(verb, Long.parseLong(parts[2]), token));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String id(Verb verb, Handoff handoff) {
        return PREFIX + verb.name().toLowerCase(java.util.Locale.ROOT) + ":" + handoff.id();
    }
}
