package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /healthz} reports each component; {@code /readyz} says whether a load balancer may send requests. */
class HealthEndpointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void freshDatabase_everyComponentOk_andReady() throws Exception {
        try (ServeCommand.Running running = ServeCommand.start(Doorway.open(env()))) {
            JsonNode health = JSON.readTree(get(running, "/healthz").body());
            assertThat(health.path("status").asText()).isEqualTo("ok");
            assertThat(health.path("components").fieldNames()).toIterable()
                    .containsExactly("database", "outbox", "jobs");
            health.path("components").forEach(component ->
                    assertThat(component.path("status").asText()).isEqualTo("ok"));
            HttpResponse<String> ready = get(running, "/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("ready\n");
        }
    }

    @Test
    void repliesWaitingForMinutes_outboxDegraded_withCountAndAge() throws Exception {
        try (ServeCommand.Running running = ServeCommand.start(Doorway.open(env()))) {
            long tenMinutesAgo = Instant.now().minusSeconds(600).toEpochMilli();
            running.doorway().database().useHandle(handle -> handle.execute("""
                    INSERT INTO outbox (platform, operation, lane, payload, status, attempts, next_attempt_at,
                        created_at) VALUES ('nowhere', 'post', 'L1', '{}', 'pending', 3, ?, ?)""",
                    Instant.now().plusSeconds(3600).toEpochMilli(), tenMinutesAgo));

            HttpResponse<String> response = get(running, "/healthz");
            JsonNode outbox = JSON.readTree(response.body()).path("components").path("outbox");

            assertThat(response.statusCode()).as("still alive: restarting would not deliver them").isEqualTo(200);
            assertThat(outbox.path("status").asText()).isEqualTo("degraded");
            assertThat(outbox.path("reason").asText()).contains("1 messages waiting, the oldest for 60");
        }
    }

    @Test
    void stopping_isNotReady() throws Exception {
        ServeCommand.Running running = ServeCommand.start(Doorway.open(env()));
        try {
            running.health().stopping();
            HttpResponse<String> ready = get(running, "/readyz");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).isEqualTo("not ready: stopping\n");
        } finally {
            running.close();
        }
    }

    private Map<String, String> env() {
        return Map.of("PORT", "0", "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"));
    }

    private HttpResponse<String> get(ServeCommand.Running running, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.web().port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
