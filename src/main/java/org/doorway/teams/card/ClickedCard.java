package org.doorway.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;

/**
 * The card that replaces a card after one of its buttons was clicked: the same
 * content without the buttons (links stay), and a line saying what was chosen,
 * so nothing can be pressed twice.
 */
public final class ClickedCard {
    private ClickedCard() {}

    /** {@code sent} is the card as sent; it is not changed. */
    public static ObjectNode of(ObjectNode sent, String optionId) {
        ObjectNode card = sent.deepCopy();
        Optional<String> label = labelOf(card, optionId);
        removeButtons(card);
        Card.textIn(card.withArray("body"), "✓ " + CardText.escape(label.orElse("Chosen")))
                .put("isSubtle", true).put("weight", "Bolder");
        return card;
    }

    private static Optional<String> labelOf(JsonNode node, String optionId) {
        if (node.isObject() && "Action.Submit".equals(node.path("type").asText())
                && optionId.equals(node.path("data").path(AdaptiveCardRenderer.OPTION_KEY).asText(null))) {
            return Optional.of(node.path("title").asText());
        }
        for (JsonNode child : node) {
            Optional<String> found = labelOf(child, optionId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Drops every button (Action.Submit, Action.Execute), then any action list or ActionSet left empty. */
    static void removeButtons(JsonNode node) {
        if (node.isArray()) {
            for (Iterator<JsonNode> children = node.iterator(); children.hasNext(); ) {
                JsonNode child = children.next();
                removeButtons(child);
                if (isButton(child)
                        || ("ActionSet".equals(child.path("type").asText()) && child.path("actions").isEmpty())) {
                    children.remove();
                }
            }
        } else if (node.isObject()) {
            node.forEach(ClickedCard::removeButtons);
            if (node.path("actions").isArray() && node.path("actions").isEmpty()) {
                ((ObjectNode) node).remove("actions");
            }
        }
    }

    private static boolean isButton(JsonNode node) {
        String type = node.path("type").asText();
        return type.equals("Action.Submit") || type.equals("Action.Execute");
    }
}
