package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} with Slack credentials: the endpoint is mounted and replies reach Slack through the outbox. */
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
}
