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
 * as text. A message showing a handoff's buttons carries its {@code handoff}
 * and {@code audience}, so that once posted it is recorded for later rewrites. Holds what people wrote, so it is never logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SlackCall(String channel, String threadTs, String ts, String userId, List<String> users, String text,
        String blocks, String view, Long handoff, String audience) {

    static final String POST = "chat.postMessage";
    static final String UPDATE = "chat.update";
    static final String PUBLISH_HOME = "views.publish";
    /** Publishes the App Home as it reads at delivery: after a change to one of the person's requests. */
    static final String REFRESH_HOME = "home.refresh";
    static final String OPEN_AND_POST = "conversations.open+chat.postMessage";
    static final String EPHEMERAL = "chat.postEphemeral";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static SlackCall post(SlackAddress to, SlackMessage message) {
        return new SlackCall(to.channel(), to.threadTs().orElse(null), null, null, null, message.text(),
                message.blocksJson(), null, null, null);
    }

    /** Seen only by {@code userId}, in {@code to}: answers to a click in a shared conversation. */
    static SlackCall ephemeral(SlackAddress to, String userId, SlackMessage message) {
        return new SlackCall(to.channel(), to.threadTs().orElse(null), null, userId, null, message.text(),
                message.blocksJson(), null, null, null);
    }

    static SlackCall update(String channel, String ts, String text, String blocksJson) {
        return new SlackCall(channel, null, ts, null, null, text, blocksJson, null, null, null);
    }

    static SlackCall publishHome(String userId, String viewJson) {
        return new SlackCall(null, null, null, userId, null, null, null, viewJson, null, null);
    }

    static SlackCall openAndPost(List<String> users, SlackMessage message) {
        return new SlackCall(null, null, null, null, List.copyOf(users), message.text(), message.blocksJson(), null,
                null, null);
    }

    /** The same call, recorded once posted as a message showing {@code handoff}'s buttons to {@code audience}. */
    SlackCall showing(long handoffId, String audienceKey) {
        return new SlackCall(channel, threadTs, ts, userId, users, text, blocks, view, handoffId, audienceKey);
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
