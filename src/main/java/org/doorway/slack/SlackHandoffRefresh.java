package org.doorway.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorway.DoorwayException;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessage;

/**
 * An outbox payload that rewrites every Slack message showing one handoff:
 * the version it brings and the rendered message for each audience (the
 * team, each technologist by id, anyone else). Holds what people wrote, so it
 * is never logged.
 */
record SlackHandoffRefresh(long handoffId, int version, JsonNode rendered) {
    static final String OPERATION = "handoff.refresh";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = "team";
    private static final String OTHERS = "others";

    static SlackHandoffRefresh of(HandoffCards cards, BlockKitRenderer renderer) {
        ObjectNode rendered = JSON.createObjectNode();
        put(rendered, TEAM, renderer.render(cards.team()));
        put(rendered, OTHERS, renderer.render(cards.anyoneElse()));
        cards.byTechnologist().forEach((id, card) ->
                put(rendered, HandoffMessage.Audience.technologist(id).key(), renderer.render(card)));
        return new SlackHandoffRefresh(cards.handoffId(), cards.version(), rendered);
    }

    /** The message for {@code audience}: text and blocks as Slack's JSON. */
    JsonNode forAudience(HandoffMessage.Audience audience) {
        JsonNode exact = rendered.path(audience.key());
        return exact.isObject() ? exact : rendered.path(audience.technologistId().isPresent() ? OTHERS : TEAM);
    }

    private static void put(ObjectNode rendered, String key, SlackMessage message) {
        rendered.putObject(key).put("text", message.text()).put("blocks", message.blocksJson());
    }

    String toJson() {
        ObjectNode node = JSON.createObjectNode().put("handoff", handoffId).put("version", version);
        node.set("rendered", rendered);
        return node.toString();
    }

    static SlackHandoffRefresh fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new SlackHandoffRefresh(node.path("handoff").asLong(), node.path("version").asInt(),
                    node.path("rendered"));
        } catch (JsonProcessingException corrupt) {
            throw new DoorwayException("an outbox payload is not a handoff refresh: " + corrupt.getOriginalMessage(),
                    corrupt);
        }
    }
}
