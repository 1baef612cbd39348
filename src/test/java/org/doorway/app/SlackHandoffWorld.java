package org.doorway.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.doorway.TestClock;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;

/**
 * Doorway served as {@code serve} serves it, with a roster imported by the
 * {@code roster import} command, a SQLite file, Slack pointed at a
 * {@link FakeSlackApi}, and a clock the test moves. Drives it with signed
 * payloads and waits for what reaches the fake API.
 */
final class SlackHandoffWorld implements AutoCloseable {
    static final String SECRET = "handoff-secret";
    static final String TEAM_CHANNEL = "C0TEAM";
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeSlackApi api = new FakeSlackApi();
    final TestClock clock;
    final EmbeddedDoorway doorway;
    final SlackSigner slack;
    private final AtomicInteger events = new AtomicInteger();

    SlackHandoffWorld(Path folder, String rosterYaml, TestClock clock) {
        this(folder, rosterYaml, clock, Map.of());
    }

    /** With {@code settings} added to the environment (follow-up timings, say). */
    SlackHandoffWorld(Path folder, String rosterYaml, TestClock clock, Map<String, String> settings) {
        this.clock = clock;
        Path roster = folder.resolve("roster.yaml");
        try {
            Files.writeString(roster, rosterYaml);
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
        CommandRun imported = CommandRun.of(folder, "", "roster", "import", roster.toString());
        if (imported.code() != 0) {
            throw new AssertionError("roster import failed: " + imported.err());
        }
        Map<String, String> environment = new java.util.HashMap<>(Map.of("PORT", "0",
                "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.url(),
                "HANDOFF_SLA_MINUTES", "15", "HANDOFF_TEAM_CHANNEL", TEAM_CHANNEL, "TIMEZONE", "Europe/London"));
        environment.putAll(settings);
        doorway = EmbeddedDoorway.start(environment, clock);
        slack = SlackSigner.to(SECRET, "http://127.0.0.1:" + doorway.port() + "/slack/events");
    }

    /** The DM between Doorway and {@code user}, as the fake API names it. */
    static String dmOf(String user) {
        return FakeSlackApi.channelFor(user);
    }

    static String groupOf(String... users) {
        return FakeSlackApi.channelFor(String.join(",", users));
    }

    void dm(String user, String text) {
        expectOk(slack.postJson(SlackPayloads.directMessage("Ev" + events.incrementAndGet(), user, dmOf(user), text))
                .statusCode());
    }

    void postEvent(String payload) {
        expectOk(slack.postJson(payload).statusCode());
    }

    void slash(String user, String text) {
        expectOk(slack.postForm(SlackPayloads.slashCommand(user, "C0GENERAL", text,
                "trig" + events.incrementAndGet())).statusCode());
    }

    /** Clicks the button whose value starts with {@code valuePrefix} on a message Doorway posted. */
    void click(String user, FakeSlackApi.Call post, String valuePrefix) {
        JsonNode button = button(post.param("blocks"), valuePrefix);
        expectOk(slack.postForm(SlackPayloads.buttonClick(user, post.param("channel"), messageTs(post),
                post.param("blocks"), button.path("action_id").asText(), button.path("text").path("text").asText(),
                button.path("value").asText(), "click." + events.incrementAndGet())).statusCode());
    }

    void clickHome(String user, String actionId, String value) {
        expectOk(slack.postForm(SlackPayloads.homeButton(user, actionId, "switch", value,
                "home." + events.incrementAndGet())).statusCode());
    }

    /** Submits the modal that {@code opened} (a views.open call) opened, with {@code note} in its one input. */
    void submit(String user, FakeSlackApi.Call opened, String note) {
        JsonNode view = tree(opened.param("view"));
        JsonNode input = view.path("blocks").get(0);
        expectOk(slack.postForm(SlackPayloads.viewSubmission(user, "VSUB" + events.incrementAndGet(),
                view.path("callback_id").asText(), view.path("private_metadata").asText(),
                input.path("block_id").asText(), input.path("element").path("action_id").asText(), note))
                .statusCode());
    }

    static String messageTs(FakeSlackApi.Call post) {
        return post.ts();
    }

    FakeSlackApi.Call await(String what, String method, Predicate<FakeSlackApi.Call> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeSlackApi.Call> found = api.calls(method).stream().filter(matching).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            pause();
        }
        throw new AssertionError("timed out waiting for " + what + "; calls so far:\n" + String.join("\n",
                api.callsBesidesAuth().stream().map(SlackHandoffWorld::brief).toList()));
    }

    FakeSlackApi.Call awaitPost(String what, String channel, String textContains) {
        return await(what, "chat.postMessage", post -> channel.equals(post.param("channel"))
                && text(post).contains(textContains));
    }

    private static String brief(FakeSlackApi.Call call) {
        String text = call.param("text") == null ? "" : call.param("text");
        return call.method() + " " + call.params().getOrDefault("channel", call.params().getOrDefault("users", ""))
                + " " + text.substring(0, Math.min(90, text.length()));
    }

    /** Lets the outbox run a while, for asserting that something did not happen. */
    void settle() {
        long until = System.nanoTime() + Duration.ofMillis(600).toNanos();
        while (System.nanoTime() < until) {
            pause();
        }
    }

    /** A post's text and blocks as one string, for assertions on what people see. */
    static String text(FakeSlackApi.Call call) {
        String blocks = call.param("blocks");
        return call.param("text") + "\n" + (blocks == null ? "" : tree(blocks).toString());
    }

    static List<String> buttonValues(FakeSlackApi.Call call) {
        return tree(call.param("blocks")).findValues("elements").stream()
                .flatMap(elements -> java.util.stream.StreamSupport.stream(elements.spliterator(), false))
                .filter(element -> "button".equals(element.path("type").asText()))
                .map(element -> element.path("value").asText())
                .toList();
    }

    void runSlaCheck() {
        doorway.handoff().slaCheck().run();
    }

    void runQueueCheck() {
        doorway.handoff().queueCheck().run();
    }

    private static JsonNode button(String blocksJson, String valuePrefix) {
        return tree(blocksJson).findValues("elements").stream()
                .flatMap(elements -> java.util.stream.StreamSupport.stream(elements.spliterator(), false))
                .filter(element -> element.path("value").asText().startsWith(valuePrefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + valuePrefix + " in " + blocksJson));
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException notJson) {
            throw new AssertionError(notJson);
        }
    }

    private static void expectOk(int status) {
        if (status != 200) {
            throw new AssertionError("Slack endpoint answered " + status);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    @Override
    public void close() throws Exception {
        doorway.close();
        api.close();
    }
}
