package org.doorway.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.doorway.config.TeamsSettings;

/**
 * How a card reaches someone's 1:1 chat with Doorway in Teams: posted into
 * the chat when Doorway knows it, else in a message that opens it first. The
 * opening goes through the staff member's regional Bot Connector and bot id
 * when there is a staff conversation to copy them from, else through
 * Microsoft's global one. The one place both handoff messengers ask.
 */
final class PersonalChats {
    /** Microsoft's global Bot Connector address, for writing first where Doorway knows no regional one. */
    static final String GLOBAL_SERVICE_URL = "https://smba.trafficmanager.net/teams/";

    private final ConversationReferences references;
    private final TeamsSettings settings;

    PersonalChats(ConversationReferences references, TeamsSettings settings) {
        this.references = references;
        this.settings = settings;
    }

    /** Into the chat of {@code userId}, or the message that opens it; {@code staffConversation} lends its connector. */
    Way to(String userId, Optional<String> staffConversation, ObjectNode card) {
        Optional<ConversationReference> chat = references.personalChatWith(userId);
        if (chat.isPresent()) {
            return new Way(Optional.of(TeamsDelivery.post(chat.get(), card)), Optional.empty());
        }
        Optional<ConversationReference> staff = staffConversation.flatMap(references::find);
        return new Way(Optional.empty(), Optional.of(new PersonalMessage(
                staff.map(ConversationReference::serviceUrl).orElse(GLOBAL_SERVICE_URL),
                staff.map(ConversationReference::botId).orElse("28:" + settings.appId()),
                settings.tenantId().or(() -> staff.map(ConversationReference::tenantId)).orElse(""),
                userId, card)));
    }

    /** Either a post into a known chat or the message that opens one: exactly one is present. */
    record Way(Optional<TeamsDelivery> post, Optional<PersonalMessage> open) {
        /** Queues it through {@code replies} (in the caller's unit of work). */
        void send(TeamsReplies replies) {
            post.ifPresentOrElse(replies::send, () -> open.ifPresent(replies::openPersonalAndPost));
        }
    }
}
