package org.doorway.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.doorway.DoorwayException;

/**
 * One card to deliver to a Teams conversation: posted, posted as a reply to
 * {@code replyToId}, or replacing the activity {@code replaces}. Serialises to
 * a small JSON document, the payload of an outbox row.
 */
public record TeamsDelivery(String serviceUrl, String conversationId, Optional<String> replyToId,
        Optional<String> replaces, ObjectNode card) {
    private static final ObjectMapper json = new ObjectMapper();

    static TeamsDelivery post(ConversationReference where, ObjectNode card) {
        return new TeamsDelivery(where.serviceUrl(), where.conversationId(), Optional.empty(), Optional.empty(), card);
    }

    static TeamsDelivery reply(InboundActivity to, ObjectNode card) {
        return new TeamsDelivery(to.serviceUrl(), to.conversationId(), Optional.of(to.id()).filter(id -> !id.isEmpty()),
                Optional.empty(), card);
    }

    static TeamsDelivery replace(InboundActivity click, ObjectNode card) {
        return new TeamsDelivery(click.serviceUrl(), click.conversationId(), Optional.empty(),
                Optional.of(click.replyToId()), card);
    }

    public String toJson() {
        ObjectNode node = json.createObjectNode();
        node.put("serviceUrl", serviceUrl);
        node.put("conversationId", conversationId);
        replyToId.ifPresent(id -> node.put("replyToId", id));
        replaces.ifPresent(id -> node.put("replaces", id));
        node.set("card", card);
        return node.toString();
    }

    public static TeamsDelivery fromJson(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            return new TeamsDelivery(node.path("serviceUrl").asText(), node.path("conversationId").asText(),
                    Optional.ofNullable(node.path("replyToId").asText(null)),
                    Optional.ofNullable(node.path("replaces").asText(null)), (ObjectNode) node.path("card"));
        } catch (JsonProcessingException | ClassCastException unreadable) {
            throw new DoorwayException("an outbox row for Teams is not a Teams delivery: "
                    + unreadable.getClass().getSimpleName(),
                    unreadable);
        }
    }
}
