package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.TestClock;
import org.doorway.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop closed over the real Slack endpoint, with signed payloads in and the fake Slack Web API out:
 * accept, the follow-up after the configured delay, one click that updates the message, consent, the draft
 * reviewed with the command line, the next colleague's suggestions with the story and the colleague button,
 * the author asked first, the group DM, and one click under '/doorway privacy' withdrawing story and button at once.
 */
class SlackFollowUpTest {
    static final String LEE = "ULEE";
    static final String KIM = "UKIM";
    static final String PROBLEM = "About 180 first-year nursing students and total silence when I ask the room "
            + "a question";
    @TempDir
    Path folder;

    @Test
    void acceptToFollowUpToConsentToPublishedStoryToGroupDm() throws Exception {
        Map<String, String> settings = Map.of("FOLLOW_UP_AFTER", "PT30S", "FOLLOW_UP_HOURS", "always");
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, SlackHandoffTest.ROSTER,
                TestClock.at("2027-01-20T10:00:00Z"), settings)) {
            world.doorway.warmUp();
            String leeDm = SlackHandoffWorld.dmOf(LEE);
            world.dm(LEE, PROBLEM);
            FakeSlackApi.Call suggestions = world.awaitPost("suggestions", leeDm, "This looks right");
            world.click(LEE, suggestions, "right");
            world.awaitPost("thanks", leeDm, "guides above");

            world.doorway.followUps().run();
            world.settle();
            assertThat(world.api.calls("chat.postMessage")).noneMatch(post -> text(post).contains("How did it go"));
            world.clock.advance(Duration.ofSeconds(31));
            world.doorway.followUps().run();
            FakeSlackApi.Call question = world.awaitPost("the follow-up", leeDm, "How did it go?");
            world.click(LEE, question, value(question, ":outcome:worked"));
            world.await("the follow-up's buttons replaced", "chat.update", update -> question.ts()
                    .equals(update.param("ts")) && text(update).contains("You chose: *It worked*"));

            FakeSlackApi.Call story = world.awaitPost("consent (a)", leeDm, "Could colleagues learn from this?");
            world.dm(LEE, "Short polls every ten minutes woke them up");
            world.awaitPost("comment kept", leeDm, "Thanks, noted.");
            world.click(LEE, story, value(story, ":story:anonymous"));
            FakeSlackApi.Call contact = world.awaitPost("consent (b)", leeDm, "get in touch with you");
            world.click(LEE, contact, value(contact, ":contact:yes"));
            world.awaitPost("thanks for sharing", leeDm, "forget my stories");

            CommandRun listed = CommandRun.of(folder, "", "case-studies", "list");
            assertThat(listed.code()).isZero();
            Matcher draft = Pattern.compile("^(\\d+)\\s+draft\\s+(\\S+)\\s+A colleague in Nursing used this with 180 students",
                    Pattern.MULTILINE).matcher(listed.out());
            assertThat(draft.find()).as(listed.out()).isTrue();
            String shown = CommandRun.of(folder, "", "case-studies", "show", draft.group(1)).out();
            assertThat(shown).contains("Short polls every ten minutes", "(anonymous)", "agreed to be contacted");
            assertThat(CommandRun.of(folder, "", "case-studies", "publish", draft.group(1)).code()).isZero();

            FakeSlackApi.Call guides = guidesFor(world, KIM);
            assertThat(text(guides)).contains("A colleague in Nursing used this with 180 students", "Short polls");
            String colleague = value(guides, "followup:colleague:");
            world.click(KIM, guides, colleague);
            FakeSlackApi.Call asked = world.awaitPost("the author asked first", leeDm, "would like a word");
            world.await("Kim told it is asked", "chat.postEphemeral", post -> KIM.equals(post.param("user"))
                    && text(post).contains("asked your colleague first"));
            assertThat(world.api.calls("conversations.open")).noneMatch(open -> open.param("users").contains(KIM));
            world.click(LEE, asked, value(asked, ":yes"));
            world.awaitPost("the group DM", SlackHandoffWorld.groupOf(KIM, LEE), "Hello both!");
            world.awaitPost("Kim told", SlackHandoffWorld.dmOf(KIM), "happy to chat");

            world.slash(LEE, "privacy");
            FakeSlackApi.Call privacy = world.awaitPost("Lee's consents", leeDm, "What you've agreed to");
            assertThat(text(privacy)).contains("your story as a case study, anonymously", "colleagues may ask to talk");
            world.click(LEE, privacy, "followup:forget");
            world.awaitPost("withdrawn", leeDm, "withdrawn");
            FakeSlackApi.Call after = guidesFor(world, "UKAI");
            assertThat(text(after)).doesNotContain("180 students");
            assertThat(SlackHandoffWorld.buttonValues(after)).noneMatch(id -> id.startsWith("followup:colleague:"));
        }
    }

    /** Asks Doorway about the same problem and opens the guides view; returns that post. */
    private static FakeSlackApi.Call guidesFor(SlackHandoffWorld world, String user) {
        String dm = SlackHandoffWorld.dmOf(user);
        int before = world.api.calls("chat.postMessage").size();
        world.dm(user, PROBLEM);
        FakeSlackApi.Call brief = world.await("suggestions for " + user, "chat.postMessage", post ->
                dm.equals(post.param("channel")) && text(post).contains("Show guides")
                        && world.api.calls("chat.postMessage").indexOf(post) >= before);
        world.click(user, brief, "guides");
        return world.await("the guides view", "chat.postMessage", post -> dm.equals(post.param("channel"))
                && text(post).contains("One-page guide") && world.api.calls("chat.postMessage").indexOf(post) > before);
    }

    private static String value(FakeSlackApi.Call post, String containing) {
        return SlackHandoffWorld.buttonValues(post).stream().filter(id -> id.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + containing + " in " + text(post)));
    }

    private static String text(FakeSlackApi.Call call) {
        return SlackHandoffWorld.text(call);
    }
}
