package org.doorway.followup;

import java.util.Optional;
import org.doorway.conversation.Option;

/**
 * The ids of the follow-up's options: {@code followup:<id>:outcome:<wire>},
 * {@code followup:<id>:story:<wire>}, {@code followup:<id>:contact:yes|no},
 * {@code followup:colleague:<storyId>}, {@code followup:intro:<introId>:yes|no} and {@code followup:forget}.
 */
final class FollowUpOptions {
    static final String PREFIX = "followup:";
    /** The dialogue's own "talk to a person" option: Not yet offers a technologist through it. */
    static final String PERSON = "person";
    static final String FORGET = "forget";

    /** A parsed id: what was clicked ({@code outcome}, {@code story} …), on which row, with what answer. */
    record Clicked(String kind, long id, String answer) {}

    private FollowUpOptions() {}

    static boolean owns(String optionId) {
        return optionId != null && optionId.startsWith(PREFIX);
    }

    static boolean colleague(String optionId) {
        return owns(optionId) && optionId.startsWith(PREFIX + "colleague:");
    }

    static Option outcome(long followUp, Outcome outcome) {
        return new Option(PREFIX + followUp + ":outcome:" + outcome.wire(), outcome.label(),
                outcome == Outcome.WORKED);
    }

    static Option story(long followUp, StoryConsent consent, String label) {
        return new Option(PREFIX + followUp + ":story:" + consent.wire(), label, consent == StoryConsent.ANONYMOUS);
    }

    static Option contact(long followUp, boolean allowed, String label) {
        return new Option(PREFIX + followUp + ":contact:" + (allowed ? "yes" : "no"), label, allowed);
    }

    static Option colleague(long storyId, String label) {
        return Option.of(PREFIX + "colleague:" + storyId, label)
                .everyPerson(Optional.empty());
    }

    static Option intro(long introId, boolean agreed, String label) {
        return new Option(PREFIX + "intro:" + introId + ":" + (agreed ? "yes" : "no"), label, agreed);
    }

    /** "Withdraw my stories": both consents and every story, at once. */
    static Option forget(String label) {
        return Option.of(PREFIX + FORGET, label);
    }

    static Optional<Clicked> parse(String optionId) {
        if (!owns(optionId)) {
            return Optional.empty();
        }
        if (optionId.equals(PREFIX + FORGET)) {
            return Optional.of(new Clicked(FORGET, 0, ""));
        }
        String[] parts = optionId.substring(PREFIX.length()).split(":");
        try {
            if (parts.length == 2 && parts[0].equals("colleague")) {
                return Optional.of(new Clicked("colleague", Long.parseLong(parts[1]), ""));
            }
            if (parts.length == 3 && parts[0].equals("intro")) {
                return Optional.of(new Clicked("intro", Long.parseLong(parts[1]), parts[2]));
            }
            if (parts.length == 3) {
                return Optional.of(new Clicked(parts[1], Long.parseLong(parts[0]), parts[2]));
            }
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
