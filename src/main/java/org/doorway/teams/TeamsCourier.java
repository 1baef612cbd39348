package org.doorway.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.handoff.HandoffMessage;
import org.doorway.handoff.HandoffMessages;
import org.doorway.outbox.Courier;
import org.doorway.outbox.Delivery;
import org.doorway.outbox.OutboxItem;
import org.doorway.teams.card.AdaptiveCardRenderer;
import org.doorway.teams.connector.ConnectorClient;
import org.doorway.teams.connector.ConnectorResult;

/**
 * Delivers Teams outbox items through the Bot Connector: HTTP 429 becomes
 * {@link Delivery.RetryAfter} with the service's {@code Retry-After}; 5xx,
 * timeouts and network failures are retried with backoff; other refusals
 * (blocked by the user, unknown conversation) fail the item. Remembers each
 * card with buttons it posts, so a click can replace it, and the 1:1 chats it
 * opens, so the next message reuses them. Thread-safe.
 */
public final class TeamsCourier implements Courier {
    private final ConnectorClient connector;
    private final SentCards sentCards;
    private final ConversationReferences references;
    private final HandoffMessages handoffMessages;
    private final MemberLookups members;
    private final Clock clock;

    TeamsCourier(ConnectorClient connector, SentCards sentCards, ConversationReferences references,
            HandoffMessages handoffMessages, MemberLookups members, Clock clock) {
        this.members = members;
        this.connector = connector;
        this.sentCards = sentCards;
        this.references = references;
        this.handoffMessages = handoffMessages;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return TeamsReplies.PLATFORM;
    }

    @Override
    public Delivery deliver(OutboxItem item) {
        try {
            ConnectorResult result = switch (item.operation()) {
                case TeamsReplies.POST, TeamsReplies.REPLY, TeamsReplies.UPDATE ->
                        deliver(TeamsDelivery.fromJson(item.payloadJson()));
                case TeamsReplies.OPEN_PERSONAL_AND_POST -> openAndPost(PersonalMessage.fromJson(item.payloadJson()),
                        Optional.empty());
                case TeamsHandoffPayloads.POST -> showHandoff(TeamsHandoffPayloads.Post.fromJson(item.payloadJson()));
                case TeamsHandoffPayloads.REFRESH -> refresh(TeamsHandoffPayloads.Refresh.fromJson(
                        item.payloadJson()));
                case MemberLookups.OPERATION -> members.lookUp(item.payloadJson(), connector);
                default -> new ConnectorResult.Failed(0, "unknown Teams operation " + item.operation());
            };
            return outcome(result);
        } catch (DoorwayException corrupt) {
            return new Delivery.Failed(corrupt.getMessage());
        }
    }

    ConnectorResult deliver(TeamsDelivery delivery) {
        return deliver(delivery, Optional.empty());
    }

    /** Posts (or replaces) a card; a posted one showing a handoff's buttons is recorded where Teams put it. */
    private ConnectorResult deliver(TeamsDelivery delivery, Optional<TeamsHandoffPayloads.Post> showing) {
        ObjectNode activity = activity(delivery.card());
        ConnectorResult result;
        if (delivery.replaces().isPresent()) {
            result = connector.update(delivery.serviceUrl(), delivery.conversationId(), delivery.replaces().get(),
                    activity);
        } else if (delivery.replyToId().isPresent()) {
            result = connector.reply(delivery.serviceUrl(), delivery.conversationId(), delivery.replyToId().get(),
                    activity);
        } else {
            result = connector.post(delivery.serviceUrl(), delivery.conversationId(), activity);
        }
        if (result instanceof ConnectorResult.Sent sent && delivery.replaces().isEmpty() && !sent.id().isEmpty()
                && hasButtons(delivery.card())) {
            sentCards.remember(delivery.conversationId(), sent.id(), delivery.card().toString(), clock.instant());
            showing.ifPresent(post -> handoffMessages.posted(post.handoffId(), TeamsReplies.PLATFORM, post.audience(),
                    delivery.conversationId(), sent.id(), delivery.serviceUrl(), clock.instant()));
        }
        return result;
    }

    private ConnectorResult showHandoff(TeamsHandoffPayloads.Post post) {
        if (post.delivery().isPresent()) {
            return deliver(post.delivery().get(), Optional.of(post));
        }
        return openAndPost(post.personal().orElseThrow(() ->
                new DoorwayException("a Teams handoff card with nowhere to go")), Optional.of(post));
    }

    /** Rewrites each recorded card of the handoff once, marking each as it goes, so a retry skips those done. */
    private ConnectorResult refresh(TeamsHandoffPayloads.Refresh refresh) {
        for (HandoffMessage message : handoffMessages.of(refresh.handoffId(), TeamsReplies.PLATFORM)) {
            if (message.shownVersion() >= refresh.version() || message.serviceUrl().isEmpty()) {
                continue;
            }
            ObjectNode card = refresh.forAudience(message.audience());
            ConnectorResult updated = connector.update(message.serviceUrl().get(), message.conversation(),
                    message.message(), activity(card));
            if (updated instanceof ConnectorResult.RetryAfter || updated instanceof ConnectorResult.RetryLater) {
                return updated;
            }
            if (updated instanceof ConnectorResult.Sent) {
                sentCards.rewritten(message.conversation(), message.message(), card.toString());
            }
            // A card someone deleted cannot show the change: it is not tried again.
            handoffMessages.shown(message.id(), refresh.version());
        }
        return new ConnectorResult.Sent("");
    }

    private ConnectorResult openAndPost(PersonalMessage message, Optional<TeamsHandoffPayloads.Post> showing) {
        ConnectorResult opened = connector.createPersonalConversation(message.serviceUrl(), message.botId(),
                message.userId(), message.tenantId());
        if (!(opened instanceof ConnectorResult.Sent chat)) {
            return opened;
        }
        if (chat.id().isEmpty()) {
            return new ConnectorResult.Failed(0, "the Bot Connector opened a chat but sent no conversation id");
        }
        boolean teamsUserId = message.userId().startsWith("29:");
        references.remember(new ConversationReference(chat.id(), "personal", message.serviceUrl(),
                message.tenantId(), teamsUserId ? message.userId() : "", teamsUserId ? "" : message.userId(),
                message.botId(), clock.instant()));
        return deliver(new TeamsDelivery(message.serviceUrl(), chat.id(), Optional.empty(), Optional.empty(),
                message.card()), showing);
    }

    private static Delivery outcome(ConnectorResult result) {
        if (result instanceof ConnectorResult.Sent || result instanceof ConnectorResult.Read) {
            return Delivery.delivered();
        }
        if (result instanceof ConnectorResult.RetryAfter wait) {
            return new Delivery.RetryAfter(wait.after());
        }
        if (result instanceof ConnectorResult.RetryLater later) {
            return new Delivery.RetryLater(later.reason());
        }
        return new Delivery.Failed(((ConnectorResult.Failed) result).reason());
    }

    static ObjectNode activity(ObjectNode card) {
        ObjectNode activity = JsonNodeFactory.instance.objectNode();
        activity.put("type", "message");
        activity.putArray("attachments").add(AdaptiveCardRenderer.attachment(card));
        return activity;
    }

    private static boolean hasButtons(ObjectNode card) {
        String text = card.toString();
        return text.contains("\"Action.Submit\"") || text.contains("\"Action.Execute\"");
    }
}
