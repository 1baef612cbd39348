package org.doorway.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Raw payloads in the shape Slack sends them (no trailing newline: it would break the signature). */
public final class SlackPayloads {
    private SlackPayloads() {}

    public static String directMessage(String eventId, String user, String channel, String text) {
        return event(eventId, """
                {"type":"message","channel":"%s","user":"%s","text":%s,"ts":"1700000001.000100",\
                "event_ts":"1700000001.000100","channel_type":"im"}""".formatted(channel, user, json(text)));
    }

    public static String botMessage(String eventId, String channel, String text) {
        return event(eventId, """
                {"type":"message","subtype":"bot_message","channel":"%s","bot_id":"B0THER","text":%s,\
                "ts":"1700000001.000200","event_ts":"1700000001.000200","channel_type":"im"}"""
                .formatted(channel, json(text)));
    }

    public static String botMessageWithoutSubtype(String eventId, String channel, String text) {
        return event(eventId, """
                {"type":"message","channel":"%s","user":"U0THERBOT","bot_id":"B0THER","text":%s,\
                "ts":"1700000001.000250","event_ts":"1700000001.000250","channel_type":"im"}"""
                .formatted(channel, json(text)));
    }

    public static String editedMessage(String eventId, String channel) {
        return event(eventId, """
                {"type":"message","subtype":"message_changed","channel":"%s","hidden":true,\
                "message":{"type":"message","user":"U1","text":"edited","ts":"1700000001.000100"},\
                "ts":"1700000001.000300","event_ts":"1700000001.000300","channel_type":"im"}""".formatted(channel));
    }

    public static String mention(String eventId, String user, String channel, String ts, String text) {
        return event(eventId, """
                {"type":"app_mention","channel":"%s","user":"%s","text":%s,"ts":"%s","event_ts":"%s"}"""
                .formatted(channel, user, json(text), ts, ts));
    }

    public static String homeOpened(String eventId, String user) {
        return event(eventId, """
                {"type":"app_home_opened","user":"%s","channel":"D%s","tab":"home","event_ts":"1700000002.000100"}"""
                .formatted(user, user.substring(1)));
    }

    public static String reactionAdded(String eventId) {
        return event(eventId, """
                {"type":"reaction_added","user":"U1","reaction":"tada","item_user":"UBOT",\
                "item":{"type":"message","channel":"D1","ts":"1700000001.000100"},"event_ts":"1700000002.000200"}""");
    }

    private static String event(String eventId, String event) {
        return """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","event":%s,"type":"event_callback",\
                "event_id":"%s","event_time":1700000001,"authorizations":[{"enterprise_id":null,"team_id":"T0001",\
                "user_id":"UBOT","is_bot":true,"is_enterprise_install":false}],"is_ext_shared_channel":false}"""
                .formatted(event, eventId);
    }

    /** A click on a button of a message Doorway posted; {@code blocksJson} is that message's blocks. */
    public static String buttonClick(String user, String channel, String messageTs, String blocksJson,
            String actionId, String label, String value) {
        return buttonClick(user, channel, messageTs, blocksJson, actionId, label, value,
                "111.222." + messageTs.replace(".", ""));
    }

    /** As above, with Slack's {@code trigger_id}, which is new for every click. */
    public static String buttonClick(String user, String channel, String messageTs, String blocksJson,
            String actionId, String label, String value, String triggerId) {
        return "payload=" + form(buttonClickJson(user, channel, messageTs, blocksJson, actionId, label, value,
                triggerId));
    }

    /** The click's interactivity payload itself, as Socket Mode carries it. */
    public static String buttonClickJson(String user, String channel, String messageTs, String blocksJson,
            String actionId, String label, String value, String triggerId) {
        return """
                {"type":"block_actions","user":{"id":"%s","username":"ada","name":"ada","team_id":"T0001"},\
                "api_app_id":"A0001","token":"legacy","container":{"type":"message","message_ts":"%s",\
                "channel_id":"%s","is_ephemeral":false},"trigger_id":"%s","team":{"id":"T0001",\
                "domain":"doorway-test"},"channel":{"id":"%s","name":"directmessage"},\
                "message":{"type":"message","user":"UBOT","bot_id":"BBOT","text":"Which is closest?","ts":"%s",\
                "blocks":%s},"response_url":"https://hooks.slack.com/actions/T0001/1/abc",\
                "actions":[{"action_id":"%s","block_id":"b1","text":{"type":"plain_text","text":%s,"emoji":true},\
                "value":%s,"type":"button","action_ts":"1700000003.000100"}]}"""
                .formatted(user, messageTs, channel, triggerId, channel, messageTs, blocksJson,
                        actionId, json(label), json(value));
    }

    /** A click on a button of the App Home tab. */
    public static String homeButton(String user, String actionId, String label, String value, String triggerId) {
        String payload = """
                {"type":"block_actions","user":{"id":"%s","username":"ada","name":"ada","team_id":"T0001"},\
                "api_app_id":"A0001","token":"legacy","container":{"type":"view","view_id":"V0001"},\
                "trigger_id":"%s","team":{"id":"T0001","domain":"doorway-test"},\
                "view":{"id":"V0001","team_id":"T0001","type":"home","blocks":[],"private_metadata":"",\
                "callback_id":"","hash":"1.abc","app_id":"A0001","bot_id":"BBOT"},\
                "actions":[{"action_id":"%s","block_id":"b1","text":{"type":"plain_text","text":%s,"emoji":true},\
                "value":%s,"type":"button","action_ts":"1700000003.000200"}]}"""
                .formatted(user, triggerId, actionId, json(label), json(value));
        return "payload=" + form(payload);
    }

    /** A modal submitted with one text input's value. */
    public static String viewSubmission(String user, String viewId, String callbackId, String privateMetadata,
            String blockId, String actionId, String value) {
        String payload = """
                {"type":"view_submission","team":{"id":"T0001","domain":"doorway-test"},\
                "user":{"id":"%s","username":"ada","name":"ada","team_id":"T0001"},"api_app_id":"A0001",\
                "token":"legacy","trigger_id":"333.444.%s","view":{"id":"%s","team_id":"T0001","type":"modal",\
                "blocks":[],"private_metadata":%s,"callback_id":"%s","state":{"values":{"%s":{"%s":\
                {"type":"plain_text_input","value":%s}}}},"hash":"1.abd","app_id":"A0001","bot_id":"BBOT"},\
                "response_urls":[]}"""
                .formatted(user, viewId, viewId, json(privateMetadata), callbackId, blockId, actionId, json(value));
        return "payload=" + form(payload);
    }

    public static String slashCommand(String user, String channel, String text, String triggerId) {
        return "token=legacy&team_id=T0001&team_domain=doorway-test&channel_id=" + channel
                + "&channel_name=general&user_id=" + user + "&user_name=ada&command=" + form("/doorway")
                + "&text=" + form(text) + "&api_app_id=A0001&response_url="
                + form("https://hooks.slack.com/commands/T0001/1/abc") + "&trigger_id=" + triggerId;
    }

    /** The slash command's fields as a JSON object, as Socket Mode carries them. */
    public static String slashCommandJson(String user, String channel, String text, String triggerId) {
        return """
                {"token":"legacy","team_id":"T0001","team_domain":"doorway-test","channel_id":"%s",\
                "channel_name":"general","user_id":"%s","user_name":"ada","command":"/doorway","text":%s,\
                "api_app_id":"A0001","is_enterprise_install":"false",\
                "response_url":"https://hooks.slack.com/commands/T0001/1/abc","trigger_id":"%s"}"""
                .formatted(channel, user, json(text), triggerId);
    }

    /** An Events API body (as {@link #directMessage} makes) in a Socket Mode envelope; a retry has attempt > 0. */
    public static String eventsApiEnvelope(String envelopeId, String eventBody, int retryAttempt) {
        return """
                {"envelope_id":"%s","type":"events_api","accepts_response_payload":false,"retry_attempt":%d,\
                "retry_reason":"%s","payload":%s}"""
                .formatted(envelopeId, retryAttempt, retryAttempt == 0 ? "" : "timeout", eventBody);
    }

    /** An interactivity payload (as {@link #buttonClickJson} makes) in a Socket Mode envelope. */
    public static String interactiveEnvelope(String envelopeId, String payloadJson) {
        return """
                {"envelope_id":"%s","type":"interactive","accepts_response_payload":false,"payload":%s}"""
                .formatted(envelopeId, payloadJson);
    }

    /** A slash command (as {@link #slashCommandJson} makes) in a Socket Mode envelope. */
    public static String slashCommandEnvelope(String envelopeId, String commandJson) {
        return """
                {"envelope_id":"%s","type":"slash_commands","accepts_response_payload":true,"payload":%s}"""
                .formatted(envelopeId, commandJson);
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
