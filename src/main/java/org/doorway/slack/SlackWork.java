package org.doorway.slack;

import java.util.Optional;

/**
 * The part of the conversation a Slack event asks for, as it waits in the
 * inbox: someone wrote a message, or clicked an option on a message. Kept as
 * JSON ({@link SlackWorkJson}) so that a restart between the ack and the
 * answer loses nothing.
 */
sealed interface SlackWork {

    String user();

    /**
     * Someone wrote {@code text}: in the conversation at {@code where}, or,
     * when that is empty (the slash command, the App Home's modal), to be
     * answered in the app's DM with them, which is opened after the ack.
     */
    record Message(Optional<SlackAddress> where, String user, String text) implements SlackWork {

        static Message in(SlackAddress where, String user, String text) {
            return new Message(Optional.of(where), user, text);
        }

        static Message direct(String user, String text) {
            return new Message(Optional.empty(), user, text);
        }
    }

    /** Someone clicked the option {@code option}; {@code clicked} is how the message should look afterwards. */
    record Choice(SlackAddress where, String user, String option, Optional<ClickedMessage> clicked)
            implements SlackWork {}
}
