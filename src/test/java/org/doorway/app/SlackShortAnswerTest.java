package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doorway.TestClock;
import org.doorway.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short first answer over Slack's real endpoint (signed requests, replies
 * through the outbox to a fake Web API): a teaching problem gets a first
 * answer that fits a phone screen, "More about X" gives the detail it leaves
 * out.
 */
class SlackShortAnswerTest {
    private static final String ROSTER = """
            technologists:
              - name: Alex Rivera
                slack: U0ALEX
                email: alex.rivera@uni.example
                capacity: 3
                timezone: Europe/London
                hours: {mon: "09:00-17:00"}
            """;
    private static final String PROBLEM = "About 350 first-years and total silence when I ask the room a question";

    @TempDir
    Path folder;

    @Test
    void firstAnswerFitsAPhone_andMoreAboutGivesTheDetail() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at("2026-03-02T10:00:00Z"))) {
            String dm = SlackHandoffWorld.dmOf("U0ADA");
            world.dm("U0ADA", PROBLEM);
            FakeSlackApi.Call first = awaitPost(world, dm, "here's what I'd try");

            assertThat(words(prose(first))).as("the first answer's prose: %s", prose(first)).isLessThanOrEqualTo(120);
            assertThat(SlackHandoffWorld.buttonValues(first)).contains("guides").anyMatch(v -> v.startsWith("about:"));
            assertThat(SlackHandoffWorld.text(first)).contains("More about", "Show guides")
                    .doesNotContain("Case study");

            world.click("U0ADA", first, "about:");
            FakeSlackApi.Call details = awaitPost(world, dm, "More about ");
            assertThat(prose(details)).as("everything about the tool, beyond the brief line")
                    .contains("Mentimeter").hasSizeGreaterThan(prose(first).length() / 2);
            assertThat(SlackHandoffWorld.buttonValues(details)).contains("right", "person", "more");
        }
    }

    /**
     * The first message's buttons answer once, so after "More about X" the details message must carry
     * the rest of the page: "Show guides" and "More about" the other tools, each of which answers.
     */
    @Test
    void detailsKeepThePageWithinReach_showGuidesThereAnswers() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at("2026-03-02T10:00:00Z"))) {
            String dm = SlackHandoffWorld.dmOf("U0ADA");
            world.dm("U0ADA", PROBLEM);
            FakeSlackApi.Call first = awaitPost(world, dm, "here's what I'd try");
            List<String> about = SlackHandoffWorld.buttonValues(first).stream()
                    .filter(value -> value.startsWith("about:")).toList();

            world.click("U0ADA", first, about.get(0));
            FakeSlackApi.Call details = awaitPost(world, dm, "More about ");
            assertThat(SlackHandoffWorld.buttonValues(details)).as("the rest of the page, one tap away")
                    .contains("guides").containsAll(about.subList(1, about.size()))
                    .doesNotContain(about.get(0));

            world.click("U0ADA", details, "guides");
            FakeSlackApi.Call guides = awaitPost(world, dm, "Guides for these tools");
            assertThat(prose(guides)).contains("Mentimeter");
            assertThat(SlackHandoffWorld.buttonValues(guides)).contains("right", "person");

            world.click("U0ADA", guides, about.get(1));
            assertThat(prose(awaitPost(world, dm, "More about ", 2))).isNotEqualTo(prose(details));
        }
    }

    /** A post in {@code dm} that says {@code text}; waits long, as a machine busy with other builds is slow. */
    private static FakeSlackApi.Call awaitPost(SlackHandoffWorld world, String dm, String text)
            throws InterruptedException {
        return awaitPost(world, dm, text, 1);
    }

    /** The {@code nth} post in {@code dm} whose prose (not its buttons) says {@code text}. */
    private static FakeSlackApi.Call awaitPost(SlackHandoffWorld world, String dm, String text, int nth)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeSlackApi.Call> saying = world.api.calls("chat.postMessage").stream()
                    .filter(post -> dm.equals(post.param("channel")) && prose(post).contains(text))
                    .toList();
            if (saying.size() >= nth) {
                return saying.get(nth - 1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no post number " + nth + " saying " + text + "; posts: "
                + world.api.calls("chat.postMessage").stream().map(post -> post.param("text")).toList());
    }

    /** What a person reads: the text of every section and context block, not the buttons. */
    static String prose(FakeSlackApi.Call post) {
        List<String> parts = new ArrayList<>();
        for (JsonNode block : SlackHandoffWorld.tree(post.param("blocks"))) {
            String type = block.path("type").asText();
            if (type.equals("section") || type.equals("header")) {
                parts.add(block.path("text").path("text").asText());
                block.path("fields").forEach(field -> parts.add(field.path("text").asText()));
            } else if (type.equals("context")) {
                block.path("elements").forEach(element -> parts.add(element.path("text").asText()));
            }
        }
        return String.join("\n", parts);
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
