package org.doorway.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Activities shaped as Teams sends them. */
public final class ActivityFixture {
    public static final String BOT_ID = "28:" + FakeBotFrameworkIssuer.APP_ID;
    public static final String PERSONAL_CHAT = "a:1Xb7oPersonalChat";
    public static final String CHANNEL_THREAD = "19:general@thread.tacv2;messageid=1700000000000";
    public static final String USER_ID = "29:1AbCdUser";
    public static final String USER_AAD_ID = "0d7c1f7e-aaaa-4bbb-8ccc-123456789abc";
    public static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final ObjectMapper json = new ObjectMapper();

    private ActivityFixture() {}

    public static ObjectNode activity(String type, String id, String serviceUrl, String conversationId,
            String conversationType) {
        ObjectNode activity = json.createObjectNode();
        activity.put("type", type);
        activity.put("id", id);
        activity.put("channelId", "msteams");
        activity.put("serviceUrl", serviceUrl);
        activity.put("timestamp", "2026-03-02T10:00:00.000Z");
        activity.putObject("from").put("id", USER_ID).put("name", "Dr Ada Lovelace").put("aadObjectId", USER_AAD_ID);
        activity.putObject("recipient").put("id", BOT_ID).put("name", "Doorway");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
                .put("tenantId", TENANT);
        activity.putObject("channelData").putObject("tenant").put("id", TENANT);
        return activity;
    }

    public static ObjectNode message(String id, String serviceUrl, String text) {
        return activity("message", id, serviceUrl, PERSONAL_CHAT, "personal").put("text", text)
                .put("textFormat", "plain");
    }

    /** A channel message that @mentions the bot, as Teams sends it. */
    public static ObjectNode channelMention(String id, String serviceUrl, String text) {
        ObjectNode activity = activity("message", id, serviceUrl, CHANNEL_THREAD, "channel")
                .put("text", "<at>Doorway</at> " + text);
        ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>Doorway</at>");
        mention.putObject("mentioned").put("id", BOT_ID).put("name", "Doorway");
        return activity;
    }

    /** What an {@code Action.Submit} click on card {@code cardActivityId} looks like. */
    public static ObjectNode click(String id, String serviceUrl, String cardActivityId, String optionId) {
        ObjectNode activity = activity("message", id, serviceUrl, PERSONAL_CHAT, "personal");
        activity.put("replyToId", cardActivityId);
        activity.putObject("value").put("doorway", optionId);
        return activity;
    }

    /** What an {@code Action.Execute} click on card {@code cardActivityId} looks like: an invoke Doorway answers. */
    public static ObjectNode execute(String id, String serviceUrl, String cardActivityId, ObjectNode data) {
        ObjectNode activity = activity("invoke", id, serviceUrl, PERSONAL_CHAT, "personal");
        activity.put("name", "adaptiveCard/action");
        activity.put("replyToId", cardActivityId);
        ObjectNode value = activity.putObject("value");
        value.putObject("action").put("type", "Action.Execute").put("verb", "doorway").set("data", data);
        value.put("trigger", "manual");
        return activity;
    }

    /** The data of a click on a Doorway button: {@code {"doorway": optionId}}, and a step when given. */
    public static ObjectNode data(String optionId, String step) {
        ObjectNode data = json.createObjectNode().put("doorway", optionId);
        return step == null ? data : data.put("step", step);
    }

    public static ObjectNode installed(String id, String serviceUrl) {
        return activity("installationUpdate", id, serviceUrl, PERSONAL_CHAT, "personal").put("action", "add");
    }

    public static ObjectNode botAdded(String id, String serviceUrl) {
        ObjectNode activity = activity("conversationUpdate", id, serviceUrl, PERSONAL_CHAT, "personal");
        activity.putArray("membersAdded").addObject().put("id", BOT_ID);
        return activity;
    }
}
