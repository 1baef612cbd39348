package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with Slack credentials: the endpoint is mounted (or, with an
 * app-level token, Socket Mode connects) and replies reach Slack through the
 * outbox.
 */
class ServeSlackTest {
    @TempDir
    Path folder;

    @Test
    void serve_mounts_slack_and_delivers_replies() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi();
                EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                        "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                        "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                        "SLACK_API_URL", api.url()))) {
            SlackSigner slack = SlackSigner.to("secret", "http://127.0.0.1:" + doorway.port() + "/slack/events");

            assertThat(slack.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1", "hello")).statusCode())
                    .isEqualTo(200);

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (api.calls("chat.postMessage").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(api.calls("chat.postMessage")).singleElement()
                    .satisfies(post -> assertThat(post.param("channel")).isEqualTo("D1"));
        }
    }

    @Test
    void serve_in_socket_mode_takes_events_over_the_socket_and_mounts_no_endpoint() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); FakeSocketMode socket = new FakeSocketMode()) {
            api.socketModeAt(socket.url());
            try (EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                    "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                    "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-1-A0001-1-test",
                    "SLACK_API_URL", api.url()))) {
                await(() -> socket.connections() > 0); // serve connects in the background
                socket.send(SlackPayloads.eventsApiEnvelope("e1",
                        SlackPayloads.directMessage("Ev1", "U1", "D1", "hello"), 0));

                await(() -> socket.ack("e1").isPresent() && !api.calls("chat.postMessage").isEmpty());
                assertThat(socket.ack("e1")).isPresent();
                assertThat(api.calls("chat.postMessage")).singleElement()
                        .satisfies(post -> assertThat(post.param("channel")).isEqualTo("D1"));
                HttpResponse<String> events = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + doorway.port() + "/slack/events"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(events.statusCode()).as("nothing takes Slack's requests over HTTP").isIn(404, 405);
            }
            await(() -> socket.connections() == 0);
            assertThat(socket.connections()).as("closing serve disconnects").isZero();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
