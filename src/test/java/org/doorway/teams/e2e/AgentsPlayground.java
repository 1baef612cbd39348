package org.doorway.teams.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Microsoft 365 Agents Playground (npm, pinned in e2e/teams) run as a
 * child process and driven through the HTTP and WebSocket API its web client
 * uses: install the app, send messages, click Action.Submit buttons, and read
 * what the bot posted. That API is undocumented and may change between
 * versions; the version is pinned for that reason.
 */
final class AgentsPlayground implements AutoCloseable {
    static final Path TOOLS = Path.of("e2e/teams");
    private static final Path CLI = TOOLS.resolve("node_modules/@microsoft/m365agentsplayground/cli.js");
    private static final ObjectMapper json = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("Listening on (\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;
    private final WebSocket socket;
    final JsonNode config;

    /** Starts the Playground in {@code workFolder}, where it writes its devTools/ log. */
    AgentsPlayground(String botEndpoint, Path workFolder) throws Exception {
        if (!Files.isRegularFile(CLI)) {
            throw new IllegalStateException("the Agents Playground is not installed: run `npm ci` in " + TOOLS);
        }
        ProcessBuilder builder = new ProcessBuilder("node", CLI.toAbsolutePath().toString(), "start", "-e",
                botEndpoint, "-c", "msteams", "--disable-telemetry", "-p", "0").redirectErrorStream(true)
                .directory(workFolder.toFile());
        builder.environment().put("TEAMSAPPTESTER_BROWSER", "none");
        process = builder.start();
        port = awaitPort();
        config = get("/_internal/v1/testConfig").path("config");
        socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port
                + "/_ws_conversation/v1/conversations/stream"), new Collector()).get(10, TimeUnit.SECONDS);
    }

    String personalChat() {
        return config.path("personalChat").path("id").asText();
    }

    JsonNode currentUser() {
        return config.path("currentUser");
    }

    void install() throws Exception {
        post("/_debug/conversation/" + personalChat() + "/installation", json.createObjectNode());
    }

    void say(String text) throws Exception {
        var message = json.createObjectNode().put("text", text).put("textFormat", "plain");
        message.putObject("from").put("id", currentUser().path("id").asText())
                .put("name", currentUser().path("name").asText());
        post("/_conversation/v1/conversations/" + personalChat() + "/messages", message);
    }

    /** Clicks an Action.Submit button whose data is {@code data} on the card message {@code cardId}. */
    void submit(String cardId, JsonNode data) throws Exception {
        var submit = json.createObjectNode();
        submit.putObject("conversation").put("id", personalChat());
        submit.put("replyToId", cardId);
        submit.set("value", data);
        submit.putObject("from").put("id", currentUser().path("id").asText())
                .put("name", currentUser().path("name").asText());
        post("/_conversation/v1/submit", submit);
    }

    /** The first event from the bot that matches, waiting up to {@code timeout}. */
    JsonNode await(String description, Predicate<JsonNode> matches, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode event : events) {
                if (matches.test(event)) {
                    return event;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the Playground showed no " + description + " within " + timeout
                + ". Events: " + events + "\nPlayground output:\n" + String.join("\n", output));
    }

    List<JsonNode> events() {
        return List.copyOf(events);
    }

    private int awaitPort() throws Exception {
        CompletableFuture<Integer> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        found.complete(Integer.parseInt(listening.group(1)));
                    }
                }
            } catch (java.io.IOException ended) {
                // the process is gone
            }
            found.completeExceptionally(new IllegalStateException("the Playground exited: " + output));
        }, "agents-playground-output");
        reader.setDaemon(true);
        reader.start();
        return found.get(60, TimeUnit.SECONDS);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private void post(String path, JsonNode body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Collects each complete text message from the stream as JSON. */
    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    events.add(json.readTree(partial.toString()));
                } catch (java.io.IOException notJson) {
                    output.add("websocket (not JSON): " + partial);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
