package org.doorway.followup;

import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * Opens a chat between two colleagues with {@code intro} in it, on their
 * platform (Slack: a group DM with both). Returns a link that opens the chat
 * where the platform has one (Teams) and the chat is not opened for them.
 */
public interface Introductions {
    Optional<String> introduce(ConversationKey asker, ConversationKey author, Reply intro);
}
