package org.doorway.followup;

import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * Puts two colleagues in touch with {@code intro}, on their platform: Slack
 * opens a group DM with both; Teams gives both a link to a chat between them;
 * where no chat can be opened for them, the author is told and gets in touch.
 */
public interface Introductions {

    /** How the two were put in touch. */
    sealed interface Introduced {
        /** A chat with both of them is open, the intro in it. */
        record ChatOpened() implements Introduced {}

        /** Each opens the chat between them with their link, a hello ready to send. */
        record Links(String forAsker, String forAuthor) implements Introduced {}

        /** The author was told who asked, and gets in touch themselves. */
        record Told() implements Introduced {}

        /** No chat could be set up (the platform could not say how to reach one of them): nothing was sent. */
        record Unreachable() implements Introduced {}
    }

    /**
     * The author is being asked whether they would talk to the asker: find
     * now, in the background, what a chat between the two will need.
     */
    default void prepare(ConversationKey asker, ConversationKey author) {}

    Introduced introduce(ConversationKey asker, ConversationKey author, Reply intro);
}
