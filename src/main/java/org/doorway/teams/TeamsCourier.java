package org.doorway.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.doorway.teams.card.AdaptiveCardRenderer;
import org.doorway.teams.connector.ConnectorClient;
import org.doorway.teams.connector.ConnectorResult;

/**
 * Delivers one {@link TeamsDelivery} through the Bot Connector and remembers
 * each card with buttons it posts, so a click can later replace it. This is
 * the Teams side of the shared outbox: its worker calls {@link #deliver} with
 * a row's payload ({@link TeamsDelivery#fromJson}) and honours the result.
 * Thread-safe.
 */
public final class TeamsCourier {
    private final ConnectorClient connector;
    private final SentCards sentCards;
    private final Clock clock;

    public TeamsCourier(ConnectorClient connector, SentCards sentCards, Clock clock) {
        this.connector = connector;
        this.sentCards = sentCards;
        this.clock = clock;
    }

    public Delivery deliver(TeamsDelivery delivery) {
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
        if (result instanceof ConnectorResult.Sent sent) {
            if (delivery.replaces().isEmpty() && !sent.id().isEmpty() && hasButtons(delivery.card())) {
                sentCards.remember(delivery.conversationId(), sent.id(), delivery.card().toString(), clock.instant());
            }
            return new Delivery.Delivered(sent.id());
        }
        if (result instanceof ConnectorResult.RetryAfter retry) {
            return new Delivery.RetryAfter(retry.after(), retry.reason());
        }
        ConnectorResult.Failed failed = (ConnectorResult.Failed) result;
        return new Delivery.Failed(failed.reason());
    }

    static ObjectNode activity(ObjectNode card) {
        ObjectNode activity = JsonNodeFactory.instance.objectNode();
        activity.put("type", "message");
        activity.putArray("attachments").add(AdaptiveCardRenderer.attachment(card));
        return activity;
    }

    private static boolean hasButtons(ObjectNode card) {
        return card.toString().contains("\"Action.Submit\"");
    }
}
