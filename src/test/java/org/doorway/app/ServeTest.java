package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthAndMetrics_answerOnAFreshSqliteDatabase(@TempDir Path folder) throws Exception {
        Map<String, String> env = Map.of("PORT", "0", "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"));
        try (ServeCommand.Running running = ServeCommand.start(Doorway.open(env))) {
            HttpResponse<String> health = get(running, "/healthz");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"sqlite\"").contains("\"mode\":\"local\"")
                    .contains("\"slack\":false");
            HttpResponse<String> metrics = get(running, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("http_server_requests_seconds_count{endpoint=\"/healthz\"")
                    .contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void oversizedRequest_isRefusedBeforeAnyEndpointReadsIt(@TempDir Path folder) throws Exception {
        Map<String, String> env = Map.of("PORT", "0", "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"));
        try (ServeCommand.Running running = ServeCommand.start(Doorway.open(env))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + running.web().port() + "/healthz"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void configurationProblems_exitWithCodeTwoAndOneLineEach() throws Exception {
        var commandLine = Main.commandLine(Environment.system());
        var err = new java.io.StringWriter();
        commandLine.setErr(new java.io.PrintWriter(err));
        int code = commandLine.getExecutionExceptionHandler().handleExecutionException(
                new ConfigurationProblems(java.util.List.of("PORT is 'x' but must be a whole number")),
                commandLine, null);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("doorway: PORT is 'x' but must be a whole number" + System.lineSeparator());
    }

    private HttpResponse<String> get(ServeCommand.Running running, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.web().port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
