package org.doorway.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.teams.card.AdaptiveCardRenderer;

/**
 * The parts of a Bot Framework activity Doorway reads. Missing fields are
 * empty strings, so reading never fails; {@link #value} is the card data of an
 * {@code Action.Submit} click, or the action of an invoke; {@code name} is an invoke's name.
 */
record InboundActivity(String type, String id, String timestamp, String channelId, String serviceUrl,
        String conversationId, String conversationType, String tenantId, String userId, String userAadId, String userName, String botId,
        String text, JsonNode value, String replyToId, String action, List<String> membersAdded,
        List<Mention> mentions, String name) {

    /** Who an {@code <at>…</at>} in the text refers to. */
    record Mention(String mentionedId, String text) {}

    static InboundActivity of(JsonNode activity) {
        JsonNode conversation = activity.path("conversation");
        JsonNode from = activity.path("from");
        String tenant = text(conversation, "tenantId");
        if (tenant.isEmpty()) {
            tenant = text(activity.path("channelData").path("tenant"), "id");
        }
        List<String> added = new ArrayList<>();
        activity.path("membersAdded").forEach(member -> added.add(text(member, "id")));
        List<Mention> mentions = new ArrayList<>();
        activity.path("entities").forEach(entity -> {
            if ("mention".equals(text(entity, "type"))) {
                mentions.add(new Mention(text(entity.path("mentioned"), "id"), text(entity, "text")));
            }
        });
        return new InboundActivity(text(activity, "type"), text(activity, "id"), text(activity, "timestamp"),
                text(activity, "channelId"),
                text(activity, "serviceUrl"), text(conversation, "id"), text(conversation, "conversationType"),
                tenant, text(from, "id"), text(from, "aadObjectId"), text(from, "name"),
                text(activity.path("recipient"), "id"), text(activity, "text"), activity.path("value"),
                text(activity, "replyToId"), text(activity, "action"), List.copyOf(added), List.copyOf(mentions),
                text(activity, "name"));
    }

    /** The option id of a Doorway card button, when this message is such a click. */
    Optional<String> clickedOption() {
        JsonNode option = value.path(AdaptiveCardRenderer.OPTION_KEY);
        return option.isValueNode() && !option.isNull() && !option.asText().isBlank()
                ? Optional.of(option.asText()) : Optional.empty();
    }

    /**
     * A card submission that is not from a Doorway card (another app's card,
     * or a click whose data was lost): a message with card data but no text
     * and no Doorway option in it. There is nothing to answer.
     */
    boolean foreignClick() {
        return type.equals("message") && !value.isMissingNode() && !value.isNull() && text.isBlank()
                && clickedOption().isEmpty();
    }

    /** An {@code Action.Execute} click on a card (an {@code adaptiveCard/action} invoke), answered in the response. */
    boolean cardAction() {
        return type.equals("invoke") && name.equals("adaptiveCard/action");
    }

    /** The data of an {@code Action.Execute} click, with the card's inputs merged in; missing when there is none. */
    JsonNode actionData() {
        return value.path("action").path("data");
    }

    /** The stable id of the person: their Entra ID object id when Teams sends it, else the Teams user id. */
    String personId() {
        return userAadId.isEmpty() ? userId : userAadId;
    }

    boolean botWasAdded() {
        return membersAdded.contains(botId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText("") : "";
    }
}
