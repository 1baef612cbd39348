package org.doorway.teams.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.doorway.conversation.Option;

/**
 * Builds one Adaptive Card. Text handed to {@link #text} and {@link #fact} must
 * already be escaped (see {@link CardText}); button titles are plain text,
 * which cards never render as markdown. Not thread-safe.
 */
final class Card {
    static final String VERSION = "1.5";
    /** Teams shows at most six card-level actions; more go into the body in rows. */
    private static final int MAX_CARD_ACTIONS = 6;
    private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private final ObjectNode card = nodes.objectNode();
    private final ArrayNode body;
    private final ArrayNode actions;

    Card() {
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", VERSION);
        body = card.putArray("body");
        actions = card.putArray("actions");
    }

    ObjectNode text(String escapedMarkdown) {
        ObjectNode block = body.addObject();
        block.put("type", "TextBlock");
        block.put("text", escapedMarkdown);
        block.put("wrap", true);
        return block;
    }

    /** A container of elements set apart from the previous one by a line. */
    ArrayNode section() {
        ObjectNode container = body.addObject();
        container.put("type", "Container");
        container.put("separator", true);
        container.put("spacing", "Medium");
        return container.putArray("items");
    }

    static ObjectNode textIn(ArrayNode items, String escapedMarkdown) {
        ObjectNode block = items.addObject();
        block.put("type", "TextBlock");
        block.put("text", escapedMarkdown);
        block.put("wrap", true);
        return block;
    }

    static ArrayNode factsIn(ArrayNode items) {
        ObjectNode factSet = items.addObject();
        factSet.put("type", "FactSet");
        return factSet.putArray("facts");
    }

    static void fact(ArrayNode facts, String escapedTitle, String escapedValue) {
        facts.addObject().put("title", escapedTitle).put("value", escapedValue);
    }

    ArrayNode facts() {
        ObjectNode factSet = body.addObject();
        factSet.put("type", "FactSet");
        return factSet.putArray("facts");
    }

    /** One button per option; a click comes back as a message whose value is {@code {"doorway": id}}. */
    void buttons(List<Option> options) {
        buttons(options, Card::submit);
    }

    /**
     * One {@code Action.Execute} button per option: a click comes back as an
     * {@code adaptiveCard/action} invoke with data {@code {"doorway": id}},
     * answered with a card for the clicking person only.
     */
    void executeButtons(List<Option> options) {
        buttons(options, (into, option) -> execute(into, option.id(), option.label(), option.primary()));
    }

    private void buttons(List<Option> options, java.util.function.BiConsumer<ArrayNode, Option> button) {
        if (options.size() <= MAX_CARD_ACTIONS) {
            options.forEach(option -> button.accept(actions, option));
            return;
        }
        for (int from = 0; from < options.size(); from += 3) {
            ObjectNode row = body.addObject();
            row.put("type", "ActionSet");
            ArrayNode rowActions = row.putArray("actions");
            options.subList(from, Math.min(from + 3, options.size())).forEach(option -> button.accept(rowActions,
                    option));
        }
    }

    /** A row of buttons inside a container, for a card that lists several things each with its own. */
    static void buttonsIn(ArrayNode items, List<Option> options) {
        if (options.isEmpty()) {
            return;
        }
        ObjectNode row = items.addObject();
        row.put("type", "ActionSet");
        ArrayNode rowActions = row.putArray("actions");
        options.forEach(option -> submit(rowActions, option));
    }

    /** An {@code Action.Execute} button; its data carries the option id, and whatever else is given, to Doorway. */
    static ObjectNode execute(ArrayNode into, String optionId, String title, boolean primary) {
        ObjectNode action = into.addObject();
        action.put("type", "Action.Execute");
        action.put("title", title);
        action.put("verb", AdaptiveCardRenderer.EXECUTE_VERB);
        if (primary) {
            action.put("style", "positive");
        }
        action.putObject("data").put(AdaptiveCardRenderer.OPTION_KEY, optionId);
        return action;
    }

    void openUrl(String title, String safeUrl) {
        ObjectNode action = actions.addObject();
        action.put("type", "Action.OpenUrl");
        action.put("title", title);
        action.put("url", safeUrl);
    }

    private static void submit(ArrayNode into, Option option) {
        ObjectNode action = into.addObject();
        action.put("type", "Action.Submit");
        action.put("title", option.label());
        if (option.primary()) {
            action.put("style", "positive");
        }
        action.putObject("data").put(AdaptiveCardRenderer.OPTION_KEY, option.id());
    }

    ObjectNode build() {
        if (actions.isEmpty()) {
            card.remove("actions");
        }
        return card;
    }
}
