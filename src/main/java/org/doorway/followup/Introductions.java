package org.doorway.followup;

import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * Puts two colleagues in touch with {@code intro}, on their platform: Slack
 * opens a group DM with both; where no chat can be opened for them, the author
 * is told and the asker given a link or told to expect them.
 */
public interface Introductions {

    /** How the two were put in touch. */
    sealed interface Introduced {
        /** A chat with both of them is open, the intro in it. */
        record ChatOpened() implements Introduced {}

        /** The asker opens the chat with this link. */
        record Link(String url) implements Introduced {}

        /** The author was told who asked, and gets in touch themselves. */
        record Told() implements Introduced {}
    }

    Introduced introduce(ConversationKey asker, ConversationKey author, Reply intro);
}
