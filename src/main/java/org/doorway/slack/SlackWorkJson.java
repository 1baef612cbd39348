package org.doorway.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.doorway.DoorwayException;

/** {@link SlackWork} as the JSON kept in the inbox. */
final class SlackWorkJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackWorkJson() {}

    static String write(SlackWork work) {
        ObjectNode node = JSON.createObjectNode().put("user", work.user());
        if (work instanceof SlackWork.Message message) {
            node.put("kind", "message").put("text", message.text());
            message.where().ifPresent(where -> node.put("conversation", where.conversation()));
        } else if (work instanceof SlackWork.Choice choice) {
            node.put("kind", "choice").put("option", choice.option())
                    .put("conversation", choice.where().conversation());
            choice.clicked().ifPresent(clicked -> node.putObject("clicked")
                    .put("ts", clicked.ts()).put("text", clicked.text()).put("blocks", clicked.blocksJson()));
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new DoorwayException("Slack work cannot be written as JSON", impossible);
        }
    }

    static SlackWork read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new DoorwayException("Slack work in the inbox is not JSON: " + unreadable.getOriginalMessage(),
                    unreadable);
        }
        String user = node.path("user").asText();
        Optional<SlackAddress> where = node.hasNonNull("conversation")
                ? Optional.of(SlackAddress.parse(node.get("conversation").asText())) : Optional.empty();
        String kind = node.path("kind").asText();
        if (kind.equals("message")) {
            return new SlackWork.Message(where, user, node.path("text").asText());
        }
        if (kind.equals("choice") && where.isPresent()) {
            JsonNode clicked = node.path("clicked");
            return new SlackWork.Choice(where.get(), user, node.path("option").asText(), clicked.isObject()
                    ? Optional.of(new ClickedMessage(where.get(), clicked.path("ts").asText(),
                            clicked.path("text").asText(), clicked.path("blocks").asText()))
                    : Optional.empty());
        }
        throw new DoorwayException("Slack work in the inbox has no known kind: '" + kind + "'");
    }
}
