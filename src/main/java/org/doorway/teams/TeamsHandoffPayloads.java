package org.doorway.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessage;
import org.doorway.teams.card.AdaptiveCardRenderer;

/**
 * The two outbox payloads behind messages that show a handoff's buttons in
 * Teams: a card to post (to a known chat, or to a 1:1 chat opened first), to
 * be recorded once posted; and a refresh that rewrites every recorded card,
 * each as its audience should now see it.
 */
final class TeamsHandoffPayloads {
    static final String POST = "handoff-post";
    static final String REFRESH = "handoff-refresh";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OTHERS = "others";

    private TeamsHandoffPayloads() {}

    /** A card showing {@code handoffId}'s buttons to {@code audience}: posted where {@code delivery} says, or in a chat opened first. */
    record Post(long handoffId, HandoffMessage.Audience audience, Optional<TeamsDelivery> delivery,
            Optional<PersonalMessage> personal) {

        String toJson() {
            ObjectNode node = JSON.createObjectNode().put("handoff", handoffId).put("audience", audience.key());
            delivery.ifPresent(where -> node.set("delivery", read(where.toJson())));
            personal.ifPresent(open -> node.set("personal", read(open.toJson())));
            return node.toString();
        }

        static Post fromJson(String json) {
            JsonNode node = read(json);
            return new Post(node.path("handoff").asLong(), HandoffMessage.Audience.parse(node.path("audience").asText()),
                    node.hasNonNull("delivery") ? Optional.of(TeamsDelivery.fromJson(node.get("delivery").toString()))
                            : Optional.empty(),
                    node.hasNonNull("personal") ? Optional.of(PersonalMessage.fromJson(node.get("personal").toString()))
                            : Optional.empty());
        }
    }

    /** Every card of one handoff rewritten to {@code version}. */
    record Refresh(long handoffId, int version, JsonNode cards) {

        static Refresh of(HandoffCards cards, AdaptiveCardRenderer renderer) {
            ObjectNode rendered = JSON.createObjectNode();
            rendered.set(HandoffMessage.Audience.team().key(), renderer.render(cards.team()));
            rendered.set(OTHERS, renderer.render(cards.anyoneElse()));
            cards.byTechnologist().forEach((id, card) ->
                    rendered.set(HandoffMessage.Audience.technologist(id).key(), renderer.render(card)));
            return new Refresh(cards.handoffId(), cards.version(), rendered);
        }

        ObjectNode forAudience(HandoffMessage.Audience audience) {
            JsonNode exact = cards.path(audience.key());
            return (ObjectNode) (exact.isObject() ? exact
                    : cards.path(audience.technologistId().isPresent() ? OTHERS : audience.key()));
        }

        String toJson() {
            ObjectNode node = JSON.createObjectNode().put("handoff", handoffId).put("version", version);
            node.set("cards", cards);
            return node.toString();
        }

        static Refresh fromJson(String json) {
            JsonNode node = read(json);
            return new Refresh(node.path("handoff").asLong(), node.path("version").asInt(), node.path("cards"));
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new DoorwayException("an outbox row for a Teams handoff card is not JSON", unreadable);
        }
    }
}
