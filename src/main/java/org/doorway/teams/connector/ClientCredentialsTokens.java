package org.doorway.teams.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.doorway.ratelimit.CallBudgets;

/**
 * The bot's app token from Microsoft Entra ID by client credentials, cached
 * until five minutes before it expires. The password is sent only to the
 * token endpoint and never logged. While the endpoint has asked to wait (429,
 * or a 5xx with Retry-After) or is being given time after server errors, no
 * request goes to it ({@link CallBudgets}). Thread-safe.
 */
public final class ClientCredentialsTokens implements AccessTokens {
    public static final String SCOPE = "https://api.botframework.com/.default";
    private static final ObjectMapper json = new ObjectMapper();

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String form;
    private final Clock clock;
    private final CallBudgets budgets;
    private final String budget;
    private String token;
    private Instant refreshAt = Instant.MIN;

    public ClientCredentialsTokens(HttpClient http, URI tokenEndpoint, String appId, String appPassword, Clock clock) {
        this(http, tokenEndpoint, appId, appPassword, clock, new CallBudgets(clock));
    }

    /** As above, sharing {@code budgets} with the other callers of Microsoft's services. */
    public ClientCredentialsTokens(HttpClient http, URI tokenEndpoint, String appId, String appPassword, Clock clock,
            CallBudgets budgets) {
        this.budgets = budgets;
        this.budget = "token:" + tokenEndpoint.getAuthority();
        this.http = http;
        this.tokenEndpoint = tokenEndpoint;
        this.clock = clock;
        this.form = "grant_type=client_credentials&client_id=" + encode(appId) + "&client_secret="
                + encode(appPassword) + "&scope=" + encode(SCOPE);
    }

    /** Microsoft's endpoint for a single-tenant bot; without a tenant, the Bot Framework's own (multi-tenant bots). */
    public static URI endpointFor(Optional<String> tenantId) {
        return URI.create("https://login.microsoftonline.com/" + encode(tenantId.orElse("botframework.com"))
                + "/oauth2/v2.0/token");
    }

    @Override
    public synchronized Optional<String> current() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(refreshAt)) {
            fetch(now);
        }
        return Optional.of(token);
    }

    @Override
    public synchronized void forget() {
        token = null;
    }

    private void fetch(Instant now) {
        Duration wait = budgets.waitFor(budget);
        if (!wait.isZero()) {
            throw new TokenUnavailable("the token endpoint asked to wait " + wait.toSeconds() + " s more", true, null);
        }
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            budgets.serverError(budget);
            throw new TokenUnavailable("the token endpoint did not answer: " + failure, true, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailable("interrupted while fetching a token", true, interrupted);
        }
        record(response);
        JsonNode body = readJson(response.body());
        if (response.statusCode() != 200 || !body.path("access_token").isTextual()) {
            boolean retryable = response.statusCode() >= 500 || response.statusCode() == 429;
            throw new TokenUnavailable("the token endpoint answered " + response.statusCode() + " "
                    + body.path("error").asText("") + (retryable ? ""
                    : ": check TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID"), retryable, null);
        }
        long lifetime = Math.max(60, body.path("expires_in").asLong(3600));
        token = body.path("access_token").asText();
        refreshAt = now.plusSeconds(lifetime > 600 ? lifetime - 300 : lifetime / 2);
    }

    private void record(HttpResponse<String> response) {
        int status = response.statusCode();
        var retryAfter = RetryAfterHeader.parse(response.headers().firstValue("Retry-After"), clock);
        if (status == 429 || status >= 500 && retryAfter.isPresent()) {
            budgets.waitAsked(budget, retryAfter.orElse(Duration.ofSeconds(5)));
        } else if (status >= 500) {
            budgets.serverError(budget);
        } else {
            budgets.succeeded(budget);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException notJson) {
            return json.createObjectNode();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokens[" + tokenEndpoint + "]";
    }
}
