package org.doorway.teams;

import java.time.Instant;
import java.util.Objects;

/**
 * Where and how to write to a Teams conversation without being asked: the
 * service URL of its region, the conversation, the tenant, the bot's id in it,
 * and (for personal chats) the person. {@code userId} is the Teams user id
 * ({@code 29:…}); {@code userAadId} the Entra ID object id; either may be empty.
 */
public record ConversationReference(String conversationId, String conversationType, String serviceUrl,
        String tenantId, String userId, String userAadId, String botId, Instant updatedAt) {

    public ConversationReference {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(serviceUrl, "serviceUrl");
        Objects.requireNonNull(botId, "botId");
        conversationType = conversationType == null || conversationType.isEmpty() ? "personal" : conversationType;
    }

    public boolean personal() {
        return conversationType.equals("personal");
    }

    static ConversationReference of(InboundActivity activity, Instant at) {
        return new ConversationReference(activity.conversationId(), activity.conversationType(),
                activity.serviceUrl(), activity.tenantId(), activity.userId(), activity.userAadId(),
                activity.botId(), at);
    }
}
