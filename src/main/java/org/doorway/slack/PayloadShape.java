package org.doorway.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import java.util.Optional;
import java.util.Set;

/**
 * The fields Doorway's listeners rely on, checked once before any of them
 * runs: who acted, what was clicked or submitted, and the key that makes a
 * repeat recognisable. Slack always sends them; a request without them is
 * someone else's, or broken, and Doorway has nothing to answer. Stateless.
 */
final class PayloadShape {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Event types whose listeners read the user and channel. */
    private static final Set<String> CONVERSATION_EVENTS = Set.of("message", "app_mention");

    private PayloadShape() {}

    /** The first missing or unusable field, or empty when the listeners can take the request. */
    static Optional<String> missing(Request<?> request) {
        if (request instanceof BlockActionRequest action) {
            return blockAction(action.getPayload());
        }
        if (request instanceof ViewSubmissionRequest submission) {
            return viewSubmission(submission.getPayload());
        }
        if (request instanceof SlashCommandRequest command) {
            return slashCommand(command.getPayload());
        }
        if (request instanceof EventRequest event) {
            return event(event.getRequestBodyAsString());
        }
        return Optional.empty();
    }

    private static Optional<String> blockAction(BlockActionPayload payload) {
        if (payload == null) {
            return Optional.of("payload");
        }
        if (payload.getUser() == null || blank(payload.getUser().getId())) {
            return Optional.of("user.id");
        }
        if (blank(payload.getTriggerId())) {
            return Optional.of("trigger_id");
        }
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getActions().get(0) == null
                || blank(payload.getActions().get(0).getActionId())) {
            return Optional.of("actions[0].action_id");
        }
        BlockActionPayload.Container container = payload.getContainer();
        if (container != null && container.getMessageTs() != null && blank(container.getChannelId())) {
            return Optional.of("container.channel_id");
        }
        return Optional.empty();
    }

    private static Optional<String> viewSubmission(ViewSubmissionPayload payload) {
        if (payload == null) {
            return Optional.of("payload");
        }
        if (payload.getUser() == null || blank(payload.getUser().getId())) {
            return Optional.of("user.id");
        }
        if (payload.getView() == null || blank(payload.getView().getId())) {
            return Optional.of("view.id");
        }
        if (payload.getView().getState() == null || payload.getView().getState().getValues() == null) {
            return Optional.of("view.state.values");
        }
        return Optional.empty();
    }

    private static Optional<String> slashCommand(SlashCommandPayload payload) {
        if (payload == null) {
            return Optional.of("payload");
        }
        if (blank(payload.getUserId())) {
            return Optional.of("user_id");
        }
        return blank(payload.getTriggerId()) ? Optional.of("trigger_id") : Optional.empty();
    }

    private static Optional<String> event(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException unreadable) {
            return Optional.of("a JSON body");
        }
        if (root == null || !root.path("event_id").isTextual() || root.path("event_id").asText().isBlank()) {
            return Optional.of("event_id");
        }
        JsonNode event = root.path("event");
        if (!event.isObject() || !event.path("type").isTextual()) {
            return Optional.of("event.type");
        }
        String type = event.path("type").asText();
        boolean conversation = CONVERSATION_EVENTS.contains(type);
        if (conversation && !event.path("channel").isTextual()) {
            return Optional.of("event.channel");
        }
        if (type.equals("app_mention") && !event.path("ts").isTextual()) {
            return Optional.of("event.ts");
        }
        // A bot's message has no user; one that has a user must say who, as text.
        boolean userUnusable = !event.path("user").isTextual();
        if (conversation && event.has("user") && userUnusable || type.equals("app_home_opened") && userUnusable) {
            return Optional.of("event.user");
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
