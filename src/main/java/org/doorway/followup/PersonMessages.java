package org.doorway.followup;

import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/** Queues a message to a person's conversation with Doorway on their platform, in the current unit of work. */
@FunctionalInterface
public interface PersonMessages {
    void tell(ConversationKey who, Reply reply);
}
