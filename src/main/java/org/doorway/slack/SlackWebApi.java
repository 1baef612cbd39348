package org.doorway.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import java.io.IOException;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The few Web API calls the outbox makes, posted as forms with the bot token
 * over the SDK's HTTP client, reading back only what delivery needs ({@code ok},
 * {@code error}, the opened channel). The SDK's typed methods build a new Gson
 * for every response they parse, which under load cost more CPU than all the
 * rest of a delivery. Thread-safe.
 */
final class SlackWebApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Slack slack;
    private final String token;

    SlackWebApi(Slack slack, String token) {
        this.slack = slack;
        this.token = token;
    }

    /** HTTP status, Slack's {@code Retry-After} header (or null) and the JSON body (empty on a non-JSON answer). */
    record Answer(int status, String retryAfter, JsonNode body) {
        boolean ok() {
            return body.path("ok").asBoolean(false);
        }

        String error() {
            return body.path("error").asText("unknown");
        }
    }

    Answer call(String method, Map<String, String> form) throws IOException {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach((name, value) -> {
            if (value != null) {
                body.add(name, value);
            }
        });
        String url = slack.getConfig().getMethodsEndpointUrlPrefix() + method;
        try (Response response = slack.getHttpClient().postFormWithBearerHeader(url, token, body.build())) {
            ResponseBody text = response.body();
            JsonNode json = JSON.createObjectNode();
            if (text != null) {
                try {
                    json = JSON.readTree(text.string());
                } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                    json = JSON.createObjectNode();
                }
            }
            return new Answer(response.code(), response.header("Retry-After"), json == null ? JSON.createObjectNode()
                    : json);
        }
    }
}
