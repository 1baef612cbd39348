package org.doorway.resources.remind;

import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/** Queues a message to a person's conversation with Doorway on their platform, in the current unit of work. */
@FunctionalInterface
public interface ChatMessages {
    void tell(ConversationKey who, Reply reply);
}
