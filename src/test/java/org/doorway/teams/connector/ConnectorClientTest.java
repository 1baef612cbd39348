package org.doorway.teams.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.doorway.teams.FakeBotConnector;
import org.doorway.teams.FakeHttpServer;
import org.doorway.teams.FakeHttpServer.Answer;
import org.doorway.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectorClientTest {
    private static final String CONVERSATION = "19:abc@thread.tacv2;messageid=17";
    private static final String ENCODED = "19%3Aabc%40thread.tacv2%3Bmessageid%3D17";

    private final FakeBotConnector fake = new FakeBotConnector();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final ClientCredentialsTokens tokens = new ClientCredentialsTokens(ConnectorClient.httpClient(),
            fake.tokenEndpoint(), "app-id", "s3cret&=pass", clock);
    private final ConnectorClient client = new ConnectorClient(ConnectorClient.httpClient(), tokens, clock,
            Duration.ofMillis(500));
    private final ObjectNode activity = new ObjectMapper().createObjectNode().put("type", "message").put("text", "hi");

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void reply_postsToTheEncodedActivityUrl_withTheAppToken() {
        assertThat(client.reply(fake.serviceUrl(), CONVERSATION, "1:7", activity))
                .isEqualTo(new ConnectorResult.Sent("sent-1"));
        FakeHttpServer.Exchange call = fake.calls().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/connector/v3/conversations/" + ENCODED + "/activities/1%3A7");
        assertThat(call.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(call.body()).contains("\"text\":\"hi\"");
    }

    @Test
    void token_isRequestedByClientCredentials_andCachedUntilShortlyBeforeExpiry() {
        client.post(fake.serviceUrl(), CONVERSATION, activity);
        client.post(fake.serviceUrl(), CONVERSATION, activity);
        assertThat(fake.tokenRequests()).hasSize(1);
        assertThat(fake.tokenRequests().get(0).body()).contains("grant_type=client_credentials",
                "client_id=app-id", "client_secret=s3cret%26%3Dpass",
                "scope=https%3A%2F%2Fapi.botframework.com%2F.default");
        clock.advance(Duration.ofMinutes(56));
        client.post(fake.serviceUrl(), CONVERSATION, activity);
        assertThat(fake.tokenRequests()).hasSize(2);
        assertThat(fake.calls().get(2).header("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void serviceUrlWithOrWithoutTrailingSlash_givesTheSamePath() {
        String withoutSlash = fake.serviceUrl().substring(0, fake.serviceUrl().length() - 1);
        client.post(fake.serviceUrl(), CONVERSATION, activity);
        client.post(withoutSlash, CONVERSATION, activity);
        assertThat(fake.calls()).extracting(FakeHttpServer.Exchange::path).containsOnly(
                "/connector/v3/conversations/" + ENCODED + "/activities");
    }

    @Test
    void update_putsTheActivityWithItsId() {
        client.update(fake.serviceUrl(), CONVERSATION, "card-9", activity);
        FakeHttpServer.Exchange call = fake.calls().get(0);
        assertThat(call.method()).isEqualTo("PUT");
        assertThat(call.path()).endsWith("/activities/card-9");
        assertThat(call.body()).contains("\"id\":\"card-9\"");
    }

    @Test
    void createPersonalConversation_sendsBotMemberAndTenant_andReturnsTheConversationId() {
        fake.answerActivitiesWith(exchange -> Answer.json(201, "{\"id\":\"a:new-chat\"}"));
        assertThat(client.createPersonalConversation(fake.serviceUrl(), "28:bot", "29:tech", "tenant-1"))
                .isEqualTo(new ConnectorResult.Sent("a:new-chat"));
        FakeHttpServer.Exchange call = fake.calls().get(0);
        assertThat(call.path()).isEqualTo("/connector/v3/conversations");
        assertThat(call.body()).contains("\"bot\":{\"id\":\"28:bot\"}", "\"members\":[{\"id\":\"29:tech\"}]",
                "\"isGroup\":false", "\"tenantId\":\"tenant-1\"", "\"tenant\":{\"id\":\"tenant-1\"}");
    }

    @Test
    void throttled_isRetryAfterTheServersWait() {
        fake.answerActivitiesWith(exchange -> new Answer(429, Map.of("Retry-After", "7"), ""));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity))
                .isEqualTo(new ConnectorResult.RetryAfter(Duration.ofSeconds(7), "429"));
        clock.advance(Duration.ofSeconds(7)); // no call goes out before then (ConnectorBudgetTest)
        fake.answerActivitiesWith(exchange -> new Answer(429, Map.of("Retry-After", "Mon, 02 Mar 2026 10:00:30 GMT"),
                ""));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity)).isInstanceOfSatisfying(
                ConnectorResult.RetryAfter.class, retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(23)));
    }

    @Test
    void serverErrorsAndTimeouts_areRetryable() {
        fake.answerActivitiesWith(exchange -> Answer.json(503, "{}"));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity))
                .isInstanceOf(ConnectorResult.RetryLater.class);
        clock.advance(Duration.ofSeconds(1)); // the backoff after a server error (ConnectorBudgetTest)
        fake.answerActivitiesWith(exchange -> new Answer(503, Map.of("Retry-After", "12"), "{}"));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity))
                .isEqualTo(new ConnectorResult.RetryAfter(Duration.ofSeconds(12), "503"));
        clock.advance(Duration.ofSeconds(12));
        fake.answerActivitiesWith(exchange -> {
            sleep(2000);
            return Answer.json(201, "{}");
        });
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity)).isInstanceOfSatisfying(
                ConnectorResult.RetryLater.class, retry -> assertThat(retry.reason()).contains("timed out"));
        assertThat(client.post("http://127.0.0.1:9/", CONVERSATION, activity))
                .isInstanceOf(ConnectorResult.RetryLater.class);
    }

    @Test
    void blockedByTheUser_failsForGood() {
        fake.answerActivitiesWith(exchange -> Answer.json(403,
                "{\"error\":{\"code\":\"MessageWritesBlocked\",\"message\":\"Bot is blocked\"}}"));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity))
                .isEqualTo(new ConnectorResult.Failed(403, "403 MessageWritesBlocked Bot is blocked"));
    }

    @Test
    void refusedToken_isForgotten_soTheRetryFetchesANewOne() {
        fake.answerActivitiesWith(exchange -> Answer.json(401, "{}"));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity))
                .isInstanceOf(ConnectorResult.RetryLater.class);
        client.post(fake.serviceUrl(), CONVERSATION, activity);
        assertThat(fake.tokenRequests()).hasSize(2);
    }

    @Test
    void wrongPassword_failsWithTheFix_andNeverShowsTheSecret() {
        fake.answerTokensWith(Answer.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215\"}"));
        ConnectorResult result = client.post(fake.serviceUrl(), CONVERSATION, activity);
        assertThat(result).isInstanceOfSatisfying(ConnectorResult.Failed.class, failed -> assertThat(failed.reason())
                .contains("invalid_client", "TEAMS_APP_PASSWORD").doesNotContain("s3cret"));
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void withoutTokens_callsGoUnauthenticated() {
        ConnectorClient emulator = new ConnectorClient(ConnectorClient.httpClient(), AccessTokens.none(), clock);
        emulator.post(fake.serviceUrl(), CONVERSATION, activity);
        assertThat(fake.calls().get(0).header("Authorization")).isNull();
        assertThat(fake.tokenRequests()).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
