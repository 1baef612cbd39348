package org.doorway.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorway.teams.card.AdaptiveCardRenderer;

/**
 * The bodies of Doorway's answers to an {@code adaptiveCard/action} invoke
 * (sent with HTTP 200): a card that replaces the clicked one for the person
 * who clicked, or a short message shown to them.
 */
final class InvokeResponses {
    static final String MESSAGE_TYPE = "application/vnd.microsoft.activity.message";

    private InvokeResponses() {}

    static ObjectNode card(ObjectNode card) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("statusCode", 200)
                .put("type", AdaptiveCardRenderer.CONTENT_TYPE);
        body.set("value", card);
        return body;
    }

    static ObjectNode message(String text) {
        return JsonNodeFactory.instance.objectNode().put("statusCode", 200).put("type", MESSAGE_TYPE)
                .put("value", text);
    }
}
