package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up over the real Teams endpoint (signed activities in, the fake Bot Connector out): accept,
 * the follow-up card posted proactively after the delay, one vote replacing the card in place (PUT, the
 * buttons gone), the comment, both consents, "privacy" with its one-click withdrawal; and "Not yet"
 * offering a technologist at once.
 */
class TeamsFollowUpTest {
    private static final String PROBLEM = "About 180 first-year nursing students and total silence when I ask the "
            + "room a question";
    private static final String STAFF_CHAT = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities";

    @TempDir
    Path folder;

    @Test
    void acceptFollowUpCardOneVoteUpdatesItInPlace_thenCommentConsentsAndPrivacy() {
        try (TeamsServeFixture teams = new TeamsServeFixture(folder, Map.of("FOLLOW_UP_AFTER", "PT30S",
                "FOLLOW_UP_HOURS", "always"))) {
            FakeHttpServer.Exchange question = followUpCard(teams);
            teams.post(ActivityFixture.click("m-3", teams.serviceUrl(), teams.idOf(question),
                    option(question, "It worked")));
            FakeHttpServer.Exchange replaced = teams.await("the follow-up card updated in place", call ->
                    call.method().equals("PUT") && call.path().equals(STAFF_CHAT + "/" + teams.idOf(question)));
            assertThat(replaced.body()).contains("How did it go?", "It worked").doesNotContain("Action.Submit");
            FakeHttpServer.Exchange story = teams.await("consent (a)", call ->
                    call.body().contains("Could colleagues learn from this?"));

            teams.staffSays("m-4", "Short polls every ten minutes woke them up");
            teams.await("the comment kept", call -> call.path().equals(STAFF_CHAT + "/m-4")
                    && call.body().contains("Thanks, noted."));
            teams.post(ActivityFixture.click("m-5", teams.serviceUrl(), teams.idOf(story),
                    option(story, "Yes, anonymously")));
            FakeHttpServer.Exchange contact = teams.await("consent (b)", call ->
                    call.body().contains("get in touch with you"));
            teams.post(ActivityFixture.click("m-6", teams.serviceUrl(), teams.idOf(contact),
                    option(contact, "Yes, they may")));
            teams.await("thanks for sharing", call -> call.path().equals(STAFF_CHAT + "/m-6")
                    && call.body().contains("forget my stories"));

            teams.staffSays("m-7", "privacy");
            FakeHttpServer.Exchange privacy = teams.await("the consents", call ->
                    call.path().equals(STAFF_CHAT + "/m-7") && call.body().contains("What you've agreed to"));
            assertThat(privacy.body()).contains("your story as a case study, anonymously");
            teams.post(ActivityFixture.click("m-8", teams.serviceUrl(), teams.idOf(privacy),
                    option(privacy, "Withdraw my stories")));
            teams.await("withdrawn", call -> call.path().equals(STAFF_CHAT + "/m-8")
                    && call.body().contains("withdrawn"));
        }
    }

    @Test
    void notYet_offersATechnologistAtOnce() {
        try (TeamsServeFixture teams = new TeamsServeFixture(folder, Map.of("FOLLOW_UP_AFTER", "PT30S",
                "FOLLOW_UP_HOURS", "always"))) {
            FakeHttpServer.Exchange question = followUpCard(teams);
            teams.post(ActivityFixture.click("m-3", teams.serviceUrl(), teams.idOf(question),
                    option(question, "Not yet")));
            FakeHttpServer.Exchange offer = teams.await("a technologist offered", call ->
                    call.path().equals(STAFF_CHAT + "/m-3") && call.body().contains("Talk to a technologist"));
            teams.post(ActivityFixture.click("m-4", teams.serviceUrl(), teams.idOf(offer),
                    option(offer, "Talk to a technologist")));
            teams.await("a 1:1 chat opened with a technologist", call ->
                    call.path().equals("/connector/v3/conversations") && call.body().contains("\"isGroup\":false"));
        }
    }

    /** Accepts the suggestions, moves the clock past FOLLOW_UP_AFTER and returns the follow-up card as posted. */
    static FakeHttpServer.Exchange followUpCard(TeamsServeFixture teams) {
        teams.doorway.warmUp();
        teams.staffSays("m-1", PROBLEM);
        FakeHttpServer.Exchange suggestions = teams.await("the suggestions card", call ->
                call.path().equals(STAFF_CHAT + "/m-1") && call.body().contains("This looks right"));
        teams.post(ActivityFixture.click("m-2", teams.serviceUrl(), teams.idOf(suggestions),
                option(suggestions, "This looks right")));
        teams.await("the thanks", call -> call.path().equals(STAFF_CHAT + "/m-2"));
        teams.doorway.followUps().run();
        TeamsServeFixture.pause(300);
        assertThat(teams.connector.calls()).noneMatch(call -> call.body().contains("How did it go?"));
        teams.clock.advance(Duration.ofSeconds(31));
        teams.doorway.followUps().run();
        return teams.await("the follow-up card, posted proactively", call -> call.method().equals("POST")
                && call.path().equals(STAFF_CHAT) && call.body().contains("How did it go?"));
    }

    static String option(FakeHttpServer.Exchange card, String title) {
        Matcher id = Pattern.compile("\"title\":\"" + Pattern.quote(title) + "\"[^}]*?\"data\":\\{\"doorway\":\"([^\"]+)\"")
                .matcher(card.body());
        if (!id.find()) {
            throw new AssertionError("no button " + title + " in " + card.body());
        }
        return id.group(1);
    }
}
