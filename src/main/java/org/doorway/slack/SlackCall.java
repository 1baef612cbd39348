package org.doorway.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.doorway.DoorwayException;

/**
 * One Web API call as stored in an outbox payload. Which fields are set
 * depends on the operation; {@code blocks} and {@code view} are Slack's JSON
 * as text. Holds what people wrote, so it is never logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SlackCall(String channel, String threadTs, String ts, String userId, List<String> users, String text,
        String blocks, String view) {

    static final String POST = "chat.postMessage";
    static final String UPDATE = "chat.update";
    static final String PUBLISH_HOME = "views.publish";
    static final String OPEN_AND_POST = "conversations.open+chat.postMessage";
    static final String EPHEMERAL = "chat.postEphemeral";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static SlackCall post(SlackAddress to, SlackMessage message) {
        return new SlackCall(to.channel(), to.threadTs().orElse(null), null, null, null, message.text(),
                message.blocksJson(), null);
    }

    /** Seen only by {@code userId}, in {@code to}: answers to a click in a shared conversation. */
    static SlackCall ephemeral(SlackAddress to, String userId, SlackMessage message) {
        return new SlackCall(to.channel(), to.threadTs().orElse(null), null, userId, null, message.text(),
                message.blocksJson(), null);
    }

    static SlackCall update(String channel, String ts, String text, String blocksJson) {
        return new SlackCall(channel, null, ts, null, null, text, blocksJson, null);
    }

    static SlackCall publishHome(String userId, String viewJson) {
        return new SlackCall(null, null, null, userId, null, null, null, viewJson);
    }

    static SlackCall openAndPost(List<String> users, SlackMessage message) {
        return new SlackCall(null, null, null, null, List.copyOf(users), message.text(), message.blocksJson(), null);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException bug) {
            throw new DoorwayException("cannot write a Slack call as JSON", bug);
        }
    }

    static SlackCall fromJson(String json) {
        try {
            return JSON.readValue(json, SlackCall.class);
        } catch (JsonProcessingException corrupt) {
            throw new DoorwayException("an outbox payload is not a Slack call: " + corrupt.getOriginalMessage(),
                    corrupt);
        }
    }
}
