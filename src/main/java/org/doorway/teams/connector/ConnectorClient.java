package org.doorway.teams.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import org.doorway.ratelimit.CallBudgets;

/**
 * The Bot Connector REST API, the few calls Doorway makes. Every outcome is a
 * {@link ConnectorResult}: throttling is {@code RetryAfter} the service's wait;
 * server errors, timeouts and refused tokens are {@code RetryLater}, so the
 * outbox backs off and tries again; nothing throws for an HTTP outcome.
 * While the service has asked to wait (429 or 5xx with Retry-After, or the
 * backoff after server errors) no call goes to it: the answer is
 * {@code RetryAfter} the time left ({@link CallBudgets}, one budget per
 * service host). Thread-safe.
 */
public final class ConnectorClient {
    private static final ObjectMapper json = new ObjectMapper();
    private static final Duration THROTTLED_WAIT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final AccessTokens tokens;
    private final Clock clock;
    private final Duration timeout;
    private final CallBudgets budgets;

    public ConnectorClient(HttpClient http, AccessTokens tokens, Clock clock) {
        this(http, tokens, clock, new CallBudgets(clock));
    }

    /** As above, sharing {@code budgets} with the other callers of Microsoft's services. */
    public ConnectorClient(HttpClient http, AccessTokens tokens, Clock clock, CallBudgets budgets) {
        this(http, tokens, clock, Duration.ofSeconds(15), budgets);
    }

    ConnectorClient(HttpClient http, AccessTokens tokens, Clock clock, Duration timeout) {
        this(http, tokens, clock, timeout, new CallBudgets(clock));
    }

    ConnectorClient(HttpClient http, AccessTokens tokens, Clock clock, Duration timeout, CallBudgets budgets) {
        this.http = http;
        this.tokens = tokens;
        this.clock = clock;
        this.timeout = timeout;
        this.budgets = budgets;
    }

    /** An HTTP/1.1 client: Java's h2c upgrade attempt is dropped by plain-http peers such as the Agents Playground. */
    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Replies in the thread of {@code replyToId}. */
    public ConnectorResult reply(String serviceUrl, String conversationId, String replyToId, ObjectNode activity) {
        return send("POST", ConnectorUrls.activity(serviceUrl, conversationId, replyToId), activity);
    }

    /** Posts to the conversation (how Doorway writes first, proactively). */
    public ConnectorResult post(String serviceUrl, String conversationId, ObjectNode activity) {
        return send("POST", ConnectorUrls.activities(serviceUrl, conversationId), activity);
    }

    /** Replaces an activity Doorway sent, such as a card whose button was clicked. */
    public ConnectorResult update(String serviceUrl, String conversationId, String activityId, ObjectNode activity) {
        ObjectNode withId = activity.deepCopy().put("id", activityId);
        return send("PUT", ConnectorUrls.activity(serviceUrl, conversationId, activityId), withId);
    }

    /** Opens (or finds) the 1:1 chat between the bot and a Teams user; {@code Sent.id} is its conversation id. */
    public ConnectorResult createPersonalConversation(String serviceUrl, String botId, String userId,
            String tenantId) {
        ObjectNode body = json.createObjectNode();
        body.putObject("bot").put("id", botId);
        body.putArray("members").addObject().put("id", userId);
        body.put("isGroup", false);
        body.put("tenantId", tenantId);
        body.putObject("channelData").putObject("tenant").put("id", tenantId);
        return send("POST", ConnectorUrls.conversations(serviceUrl), body);
    }

    /**
     * One member of a conversation, as the conversation's roster has them:
     * {@code Read.body} holds {@code id}, {@code aadObjectId}, {@code email}
     * and {@code userPrincipalName}. How Doorway learns who wrote to it.
     */
    public ConnectorResult member(String serviceUrl, String conversationId, String userId) {
        return send("GET", ConnectorUrls.member(serviceUrl, conversationId, userId), null);
    }

    private ConnectorResult send(String method, URI url, ObjectNode body) {
        String budget = "botconnector:" + url.getAuthority();
        Duration wait = budgets.waitFor(budget);
        if (!wait.isZero()) {
            return new ConnectorResult.RetryAfter(wait, "waiting as the Bot Connector asked");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        try {
            tokens.current().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        } catch (TokenUnavailable unavailable) {
            return unavailable.retryable()
                    ? new ConnectorResult.RetryLater(unavailable.getMessage())
                    : new ConnectorResult.Failed(401, unavailable.getMessage());
        }
        try {
            ConnectorResult result = outcome(http.send(request.build(), HttpResponse.BodyHandlers.ofString()),
                    body == null);
            if (result instanceof ConnectorResult.RetryAfter asked) {
                budgets.waitAsked(budget, asked.after());
            } else if (result instanceof ConnectorResult.RetryLater later && !later.reason().startsWith("401")) {
                budgets.serverError(budget);
            } else {
                budgets.succeeded(budget);
            }
            return result;
        } catch (HttpTimeoutException timeout) {
            budgets.serverError(budget);
            return new ConnectorResult.RetryLater(method + " timed out");
        } catch (IOException failure) {
            budgets.serverError(budget);
            return new ConnectorResult.RetryLater(method + " failed: " + failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new ConnectorResult.RetryLater("interrupted");
        }
    }

    private ConnectorResult outcome(HttpResponse<String> response, boolean read) {
        int status = response.statusCode();
        JsonNode body = readJson(response.body());
        if (status >= 200 && status < 300) {
            return read ? new ConnectorResult.Read(body) : new ConnectorResult.Sent(body.path("id").asText(""));
        }
        String reason = status + " " + body.path("error").path("code").asText("") + " "
                + truncate(body.path("error").path("message").asText(""));
        var retryAfter = RetryAfterHeader.parse(response.headers().firstValue("Retry-After"), clock);
        if (status == 429) {
            return new ConnectorResult.RetryAfter(retryAfter.orElse(THROTTLED_WAIT), reason.trim());
        }
        if (status >= 500 || status == 408) {
            return retryAfter.<ConnectorResult>map(wait -> new ConnectorResult.RetryAfter(wait, reason.trim()))
                    .orElseGet(() -> new ConnectorResult.RetryLater(reason.trim()));
        }
        if (status == 401) {
            tokens.forget(); // perhaps revoked or rotated: the next attempt fetches a fresh token
            return new ConnectorResult.RetryLater(reason.trim());
        }
        return new ConnectorResult.Failed(status, reason.trim());
    }

    private static JsonNode readJson(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException notJson) {
            return json.createObjectNode();
        }
    }

    private static String truncate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
