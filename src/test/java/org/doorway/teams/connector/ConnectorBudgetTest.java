package org.doorway.teams.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.doorway.TestClock;
import org.doorway.ratelimit.CallBudgets;
import org.doorway.teams.FakeBotConnector;
import org.doorway.teams.FakeHttpServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** While the Bot Connector or the token endpoint has asked to wait, nothing is sent to it. */
class ConnectorBudgetTest {
    private static final String CONVERSATION = "a:1Xb7oPersonalChat";

    private final FakeBotConnector fake = new FakeBotConnector();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final CallBudgets budgets = new CallBudgets(clock);
    private final ClientCredentialsTokens tokens = new ClientCredentialsTokens(ConnectorClient.httpClient(),
            fake.tokenEndpoint(), "app-id", "s3cret", clock, budgets);
    private final ConnectorClient client = new ConnectorClient(ConnectorClient.httpClient(), tokens, clock, budgets);
    private final ObjectNode activity = new ObjectMapper().createObjectNode().put("type", "message").put("text", "hi");

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void after_a_429_no_call_goes_out_until_retry_after_has_passed() {
        fake.answerActivitiesWith(exchange -> new Answer(429, Map.of("Retry-After", "10"), "{}"));

        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity))
                .isInstanceOf(ConnectorResult.RetryAfter.class);
        clock.advance(Duration.ofSeconds(9));
        ConnectorResult held = client.post(fake.serviceUrl(), CONVERSATION, activity);

        assertThat(held).isEqualTo(new ConnectorResult.RetryAfter(Duration.ofSeconds(1),
                "waiting as the Bot Connector asked"));
        assertThat(fake.calls()).hasSize(1);
        fake.answerActivitiesWith(fake::created);
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity)).isInstanceOf(ConnectorResult.Sent.class);
        assertThat(fake.calls()).hasSize(2);
    }

    @Test
    void server_errors_back_off_longer_each_time_and_a_success_resets() {
        fake.answerActivitiesWith(exchange -> Answer.json(503, "{}"));

        client.post(fake.serviceUrl(), CONVERSATION, activity);
        client.post(fake.serviceUrl(), CONVERSATION, activity);
        clock.advance(Duration.ofSeconds(1));
        client.post(fake.serviceUrl(), CONVERSATION, activity);
        clock.advance(Duration.ofSeconds(1));
        client.post(fake.serviceUrl(), CONVERSATION, activity);

        assertThat(fake.calls()).hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        fake.answerActivitiesWith(fake::created);
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity)).isInstanceOf(ConnectorResult.Sent.class);
        assertThat(fake.calls()).hasSize(3);
    }

    @Test
    void a_throttled_token_endpoint_is_not_asked_again_inside_its_window() {
        fake.answerTokensWith(new Answer(429, Map.of("Retry-After", "20"), "{\"error\":\"throttled\"}"));

        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity))
                .isInstanceOf(ConnectorResult.RetryLater.class);
        clock.advance(Duration.ofSeconds(19));
        client.post(fake.serviceUrl(), CONVERSATION, activity);

        assertThat(fake.tokenRequests()).hasSize(1);
        assertThat(fake.calls()).isEmpty();
        fake.answerTokensWith(null);
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.post(fake.serviceUrl(), CONVERSATION, activity)).isInstanceOf(ConnectorResult.Sent.class);
        assertThat(fake.tokenRequests()).hasSize(2);
    }
}
