package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.FakeSocketMode;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeBotConnector;
import org.doorway.teams.FakeBotFrameworkIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote services that are down when Doorway starts: it starts anyway, acks
 * what it is sent without waiting on them, says what is wrong in {@code
 * /healthz} (never a secret), keeps trying in the background, and logs it in
 * one line without a stack trace.
 */
class DegradedStartTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void slackApiDownAtStart_servesAcksAndRecovers() throws Exception {
        try (LogWatch log = new LogWatch(); FakeSlackApi api = new FakeSlackApi()) {
            String url = api.url();
            api.goDown();
            try (EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                    "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                    "SLACK_BOT_TOKEN", "xoxb-secret-token", "SLACK_SIGNING_SECRET", "secret",
                    "SLACK_API_URL", url))) {
                await(() -> component(doorway, "slack").path("reason").asText().contains("cannot reach"));
                JsonNode slack = component(doorway, "slack");
                assertThat(slack.path("reason").asText()).contains("cannot reach Slack's Web API")
                        .doesNotContain("xoxb-secret-token");
                assertThat(get(doorway, "/healthz").statusCode()).as("liveness: the process works").isEqualTo(200);
                assertThat(get(doorway, "/readyz").statusCode()).isEqualTo(200);

                SlackSigner signer = SlackSigner.to("secret", "http://127.0.0.1:" + doorway.port() + "/slack/events");
                long before = System.nanoTime();
                HttpResponse<String> ack = signer.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1", "hello"));
                long ackMillis = (System.nanoTime() - before) / 1_000_000;
                assertThat(ack.statusCode()).isEqualTo(200);
                assertThat(ackMillis).as("the ack waits on no Slack call").isLessThan(2_000);

                api.comeBack();
                await(() -> component(doorway, "slack").path("status").asText().equals("ok"));
                await(() -> !api.calls("chat.postMessage").isEmpty());
                assertThat(api.calls("chat.postMessage")).as("the reply went out once Slack was back")
                        .singleElement().satisfies(post -> assertThat(post.param("channel")).isEqualTo("D1"));
                assertThat(component(doorway, "outbox").path("status").asText()).isEqualTo("ok");
            }
            assertThat(log.stackTraces()).isEmpty();
            assertThat(log.events()).anySatisfy(event ->
                    assertThat(event.getFormattedMessage()).contains("slack: cannot reach Slack's Web API"));
        }
    }

    @Test
    void slackRefusesTheToken_slackIsDownWithTheFix_restServes() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.failNext("auth.test", 200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}");
            try (EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                    "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                    "SLACK_BOT_TOKEN", "xoxb-wrong", "SLACK_SIGNING_SECRET", "secret",
                    "SLACK_API_URL", api.url()))) {
                await(() -> component(doorway, "slack").path("status").asText().equals("down"));
                assertThat(component(doorway, "slack").path("reason").asText()).contains("invalid_auth")
                        .contains("SLACK_BOT_TOKEN").doesNotContain("xoxb-wrong");
                HttpResponse<String> health = get(doorway, "/healthz");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("down");
            }
        }
    }

    @Test
    void socketModeUnreachableAtStart_startsAndConnectsLater() throws Exception {
        try (LogWatch log = new LogWatch(); FakeSlackApi api = new FakeSlackApi();
                FakeSocketMode socket = new FakeSocketMode()) {
            api.socketModeAt(socket.url());
            api.failNext("apps.connections.open", 503, null, "{\"ok\":false,\"error\":\"service_unavailable\"}");
            try (EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                    "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                    "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-1-A0001-1-test",
                    "SLACK_API_URL", api.url()))) {
                assertThat(get(doorway, "/healthz").statusCode()).isEqualTo(200);
                await(() -> socket.connections() > 0
                        && component(doorway, "slack").path("status").asText().equals("ok"));
                assertThat(component(doorway, "slack").path("detail").asText()).contains("Socket Mode");
                socket.send(SlackPayloads.eventsApiEnvelope("e1",
                        SlackPayloads.directMessage("Ev1", "U1", "D1", "hello"), 0));
                await(() -> !api.calls("chat.postMessage").isEmpty());
                assertThat(api.calls("chat.postMessage")).hasSize(1);
            }
            assertThat(log.stackTraces()).isEmpty();
        }
    }

    @Test
    void teamsSigningKeysUnreachable_requestsGet503NotA401_andHealthSaysWhy() throws Exception {
        try (FakeBotFrameworkIssuer issuer = new FakeBotFrameworkIssuer();
                FakeBotConnector connector = new FakeBotConnector();
                EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                        "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                        "TEAMS_APP_ID", FakeBotFrameworkIssuer.APP_ID, "TEAMS_APP_PASSWORD", "s3cret-password",
                        "TEAMS_TENANT_ID", "tenant-1",
                        "TEAMS_OPENID_METADATA_URL", "http://127.0.0.1:" + closedPort() + "/openid",
                        "TEAMS_TOKEN_URL", connector.tokenEndpoint().toString()))) {
            await(() -> component(doorway, "teams").path("reason").asText().contains("cannot fetch"));
            assertThat(component(doorway, "teams").path("reason").asText())
                    .contains("cannot fetch the Bot Framework's signing keys").doesNotContain("s3cret-password");

            String token = issuer.bearer(issuer.claims(java.time.Instant.now())
                    .claim("serviceurl", connector.serviceUrl()).build());
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + doorway.port() + "/api/messages"))
                    .header("Content-Type", "application/json").header("Authorization", token)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            ActivityFixture.message("a1", connector.serviceUrl(), "hello").toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("an outage, not a bad token: the Bot Framework retries")
                    .isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    private JsonNode component(EmbeddedDoorway doorway, String name) {
        try {
            return JSON.readTree(get(doorway, "/healthz").body()).path("components").path(name);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private HttpResponse<String> get(EmbeddedDoorway doorway, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + doorway.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
