package org.doorway.teams;

import java.time.Instant;
import java.util.Optional;

/** The stored references to every conversation Doorway has been part of (port; {@code JdbiConversationReferences}). */
public interface ConversationReferences {

    /** Adds or refreshes the reference; a reference without a user keeps the user it had. */
    void remember(ConversationReference reference);

    Optional<ConversationReference> find(String conversationId);

    /** The newest personal chat with a person, by Entra ID object id or Teams user id. */
    Optional<ConversationReference> personalChatWith(String personId);

    /**
     * True for exactly one caller when Doorway has not welcomed this
     * conversation in the last hour: Teams announces an installation twice
     * (installationUpdate and conversationUpdate), and people should see one
     * welcome.
     */
    boolean claimWelcome(String conversationId, Instant now);
}
