package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short first answer and replies in words over Teams' real endpoint
 * (activities with a Bot Framework token from a fake issuer, replies through
 * the outbox to a fake Bot Connector): the first answer fits a phone, the
 * details and guides stay one tap away after a card's buttons are spent, and
 * a typed reply to an open question is read as its answer.
 */
class TeamsShortAnswerTest {
    private static final String STAFF_CHAT = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private TeamsServeFixture teams;

    @BeforeEach
    void start() {
        teams = new TeamsServeFixture(folder);
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void firstAnswerFitsAPhone_detailsThenGuidesFromTheDetailsCard() {
        teams.staffSays("m-1", "About 350 first-years and total silence when I ask the room a question");
        FakeHttpServer.Exchange first = reply("the first answer", "m-1", "here's what I'd try");
        assertThat(words(prose(first))).as("the first answer's prose: %s", prose(first)).isLessThanOrEqualTo(120);
        List<String> about = options(first).stream().filter(id -> id.startsWith("about:")).toList();
        assertThat(about).isNotEmpty();
        assertThat(options(first)).contains("guides", "right", "person");

        teams.post(ActivityFixture.click("m-2", teams.serviceUrl(), teams.idOf(first), about.get(0)));
        FakeHttpServer.Exchange details = reply("the details of one tool", "m-2", "Support");
        assertThat(prose(details)).hasSizeGreaterThan(prose(first).length() / 2);
        assertThat(options(details)).contains("guides", "right", "person").doesNotContain(about.get(0))
                .containsAll(about.subList(1, about.size()));

        teams.post(ActivityFixture.click("m-3", teams.serviceUrl(), teams.idOf(details), "guides"));
        FakeHttpServer.Exchange guides = reply("the guides", "m-3", "Guides for these tools");
        assertThat(options(guides)).contains("right", "person").containsAll(about);
    }

    @Test
    void aReplyInWordsAnswersTheOpenQuestion_andTheFactsAlreadyGivenAreNotAskedAgain() {
        teams.staffSays("m-1", "I'd like my 40 students to share ideas on a board during my seminars");
        reply("the first answer", "m-1", "here's what I'd try");
        reply("the next question", "m-1", "In the room, online or hybrid?");
        assertThat(saidTo("m-1")).as("the class size was said: never asked").contains("about 40 students")
                .doesNotContainIgnoringCase("how many students");

        teams.staffSays("m-2", "they're all online");
        reply("the answer read as the mode", "m-2", "online");
        reply("the question after it", "m-2", "When do you need it?");
        assertThat(saidTo("m-2")).contains("about 40 students · online")
                .doesNotContain("Starting a new request", "Which is closest", "In the room, online or hybrid?");
    }

    /**
     * The reply to activity {@code to} that says {@code text}; waits long, as the first answer of a fresh
     * start on a machine busy with other builds is slow.
     */
    private FakeHttpServer.Exchange reply(String what, String to, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (FakeHttpServer.Exchange call : teams.connector.calls()) {
                if (call.path().equals(STAFF_CHAT + "/" + to) && prose(call).contains(text)) {
                    return call;
                }
            }
            TeamsServeFixture.pause(20);
        }
        return teams.await(what, call -> call.path().equals(STAFF_CHAT + "/" + to) && prose(call).contains(text));
    }

    /** Everything said in reply to activity {@code to} so far, in order. */
    private String saidTo(String to) {
        return String.join("\n", teams.connector.calls().stream()
                .filter(call -> call.path().equals(STAFF_CHAT + "/" + to)).map(TeamsShortAnswerTest::prose).toList());
    }

    /** What a person reads on the card: every TextBlock and fact, not the buttons. */
    private static String prose(FakeHttpServer.Exchange call) {
        List<String> parts = new ArrayList<>();
        for (JsonNode attachment : tree(call.body()).path("attachments")) {
            collect(attachment.path("content").path("body"), parts);
        }
        String text = tree(call.body()).path("text").asText("");
        return (text.isEmpty() ? "" : text + "\n") + String.join("\n", parts);
    }

    private static void collect(JsonNode node, List<String> parts) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, parts));
        } else if (node.isObject()) {
            String type = node.path("type").asText();
            if (type.equals("TextBlock")) {
                parts.add(node.path("text").asText());
            } else if (type.equals("FactSet")) {
                node.path("facts").forEach(fact -> parts.add(fact.path("title").asText() + " "
                        + fact.path("value").asText()));
            } else if (!type.equals("ActionSet")) {
                node.fields().forEachRemaining(field -> {
                    if (!field.getKey().equals("actions") && !field.getKey().equals("selectAction")) {
                        collect(field.getValue(), parts);
                    }
                });
            }
        }
    }

    /** The option ids of the card's buttons. */
    private static List<String> options(FakeHttpServer.Exchange call) {
        return tree(call.body()).findValues("doorway").stream().map(JsonNode::asText).toList();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException notJson) {
            throw new AssertionError(notJson);
        }
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
