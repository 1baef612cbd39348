package org.doorway.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorway.DoorwayException;

/**
 * A card for someone Doorway has no chat with yet: the courier opens the 1:1
 * chat between the bot and {@code userId} (a Teams user id or an Entra ID
 * object id) in {@code tenantId}, then posts the card there. Opening is
 * idempotent in Teams, so a retry after a failed post is harmless. Serialises
 * to the payload of an outbox row.
 */
public record PersonalMessage(String serviceUrl, String botId, String tenantId, String userId, ObjectNode card) {
    private static final ObjectMapper json = new ObjectMapper();

    public String toJson() {
        ObjectNode node = json.createObjectNode();
        node.put("serviceUrl", serviceUrl);
        node.put("botId", botId);
        node.put("tenantId", tenantId);
        node.put("userId", userId);
        node.set("card", card);
        return node.toString();
    }

    public static PersonalMessage fromJson(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            return new PersonalMessage(node.path("serviceUrl").asText(), node.path("botId").asText(),
                    node.path("tenantId").asText(), node.path("userId").asText(), (ObjectNode) node.path("card"));
        } catch (JsonProcessingException | ClassCastException unreadable) {
            throw new DoorwayException("an outbox row for Teams is not a personal message: "
                    + unreadable.getClass().getSimpleName(), unreadable);
        }
    }
}
