package org.doorway.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffService;
import org.doorway.handoff.Transfer;

/**
 * {@code /handoffs}: the open handoffs, the longest waiting first; and
 * {@code POST /handoffs/{id}/reassign {"to": "email"}} through the handoff
 * core, so the new technologist gets the thread and the staff member is told.
 */
final class HandoffsApi {
    static final int LIMIT = 500;
    private static final Pattern REASSIGN = Pattern.compile("/handoffs/(\\d{1,18})/reassign");

    private final HandoffService handoffs;

    HandoffsApi(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    boolean handle(ApiCall call) throws IOException {
        if (call.is("GET", "/handoffs")) {
            ObjectNode body = ApiJson.MAPPER.createObjectNode();
            ArrayNode open = body.putArray("handoffs");
            handoffs.open(LIMIT).forEach(handoff -> open.add(tree(handoff)));
            call.send(200, body);
            return true;
        }
        Matcher reassign = REASSIGN.matcher(call.path());
        if (!reassign.matches() || !call.method().equals("POST")) {
            return false;
        }
        if (!call.user().role().canEditCatalogue()) {
            call.forbidden();
            return true;
        }
        Optional<JsonNode> body = call.body();
        if (body.isEmpty()) {
            return true;
        }
        String to = body.get().path("to").asText("");
        if (to.isBlank()) {
            call.error(422, "invalid", "'to' must be the email of someone on the roster.");
        } else if (handoffs.find(reassign.group(1)).isEmpty()) {
            call.error(404, "not-found", "There is no such handoff.");
        } else if (handoffs.reassign(reassign.group(1), to, call.user().email()) instanceof Transfer.Refused refused) {
            call.error(409, "refused", refused.reason());
        } else {
            call.send(200, tree(handoffs.find(reassign.group(1)).orElseThrow()));
        }
        return true;
    }

    private static ObjectNode tree(Handoff handoff) {
        ObjectNode tree = ApiJson.MAPPER.createObjectNode();
        tree.put("id", handoff.handoffId());
        tree.put("state", handoff.state().name().toLowerCase(Locale.ROOT));
        tree.put("kind", handoff.request().kind().name().toLowerCase(Locale.ROOT));
        tree.put("staff", handoff.request().staff().platform() + ":" + handoff.request().staff().user());
        tree.put("staffName", handoff.request().staffName());
        tree.put("problem", handoff.request().problem());
        ArrayNode needs = tree.putArray("needs");
        handoff.request().needIds().forEach(needs::add);
        tree.put("requestedAt", handoff.request().requestedAt().toString());
        tree.put("technologist", handoff.technologistId().orElse(null));
        tree.put("offeredAt", handoff.offeredAt().map(Object::toString).orElse(null));
        tree.put("dueAt", handoff.dueAt().map(Object::toString).orElse(null));
        tree.put("acknowledgedAt", handoff.acknowledgedAt().map(Object::toString).orElse(null));
        tree.put("missedDeadlines", handoff.missedDeadlines());
        return tree;
    }
}
