package org.doorway.intake;

import java.util.Optional;
import org.doorway.conversation.ConversationKey;

/** Where conversation state lives: the database, never only memory. */
public interface Conversations {

    Optional<ConversationState> find(ConversationKey key);

    void save(ConversationKey key, ConversationState state);
}
