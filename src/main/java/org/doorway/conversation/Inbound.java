package org.doorway.conversation;

/**
 * What a person did: wrote a message, clicked an option (with a note when
 * the option asked for one), or switched their availability.
 * {@code userName} is a display name when known, else null. Whose it is
 * (the staff dialogue's or the technologists' desk's) the {@link FrontDesk}
 * decides.
 */
public sealed interface Inbound {

    ConversationKey key();

    String userName();

    /** Free text as the person typed it. */
    record Message(ConversationKey key, String userName, String text) implements Inbound {}

    /** A click on an {@link Option}: {@code optionId} is the option's id, {@code note} what they wrote, or empty. */
    record Action(ConversationKey key, String userName, String optionId, String note) implements Inbound {
        public Action {
            note = note == null ? "" : note.strip();
        }

        public Action(ConversationKey key, String userName, String optionId) {
            this(key, userName, optionId, "");
        }
    }

    /** A technologist's availability switch (Slack's App Home). */
    record AvailabilitySwitch(ConversationKey key, String userName, boolean available) implements Inbound {}
}
