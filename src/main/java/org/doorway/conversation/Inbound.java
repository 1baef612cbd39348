package org.doorway.conversation;

/** What a person did: wrote a message, or chose an option. */
public sealed interface Inbound {

    ConversationKey key();

    /** Free text as the person typed it; {@code userName} is a display name when known, else null. */
    record Message(ConversationKey key, String userName, String text) implements Inbound {}

    /** A click on an {@link Option}; {@code optionId} is the option's id. */
    record Action(ConversationKey key, String userName, String optionId) implements Inbound {}
}
