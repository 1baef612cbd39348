package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.TeamsFollowUpTest.option;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop closed in Teams over the real endpoint (signed activities in, the fake Bot Connector out): Ada
 * accepts, the follow-up card arrives after FOLLOW_UP_AFTER, one vote, both consents, the draft listed and
 * published with {@code doorway case-studies}; Kim, the next colleague with that need, sees the story and
 * "Talk to the colleague who used it"; her click asks Ada first (no link yet), Doorway learns both sign-in
 * names from the conversations' rosters, and Ada's yes gives both of them a link to a chat between the two.
 * Where a sign-in name cannot be found, Kim is offered a technologist and nobody gets a link.
 */
class TeamsColleagueTest {
    private static final String PROBLEM = "About 180 first-year nursing students and total silence when I ask the "
            + "room a question";
    private static final String ADA_CHAT = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities";
    private static final String KIM_CONVERSATION = "a:1KimPersonalChat";
    private static final String KIM_CHAT = "/connector/v3/conversations/a%3A1KimPersonalChat/activities";
    private static final String KIM_ID = "29:1KimUser";
    private static final String KIM_AAD = "4b1d2c3e-0000-4000-8000-00000000c1a0";
    private static final String ADA_MEMBER = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/members/29%3A1AbCdUser";
    private static final String KIM_MEMBER = "/connector/v3/conversations/a%3A1KimPersonalChat/members/29%3A1KimUser";
    private static final String CHAT_LINK = "https://teams.microsoft.com/l/chat/0/0?users=kim.park@uni.example,"
            + "ada.lovelace@uni.example&message=";

    @TempDir
    Path folder;

    @Test
    void acceptFollowUpConsentPublish_thenTheNextColleagueAsks_andBothGetAChatLinkOnceTheAuthorAgrees() {
        try (TeamsServeFixture teams = new TeamsServeFixture(folder, Map.of("FOLLOW_UP_AFTER", "PT30S",
                "FOLLOW_UP_HOURS", "always"))) {
            teams.connector.answerActivitiesWith(call -> member(teams, call, true));
            FakeHttpServer.Exchange asked = storyPublishedAndAsked(teams, folder);
            assertThat(teams.connector.calls()).noneMatch(call -> call.body().contains("teams.microsoft.com/l/chat"));
            teams.await("Ada's sign-in name looked up", call -> call.method().equals("GET")
                    && call.path().equals(ADA_MEMBER));
            teams.await("Kim's sign-in name looked up", call -> call.method().equals("GET")
                    && call.path().equals(KIM_MEMBER));
            TeamsServeFixture.pause(300); // the look-ups' answers are kept

            teams.post(ActivityFixture.click("m-9", teams.serviceUrl(), teams.idOf(asked), option(asked,
                    "Happy to chat")));
            FakeHttpServer.Exchange toAda = teams.await("Ada's link", call -> call.path().equals(ADA_CHAT + "/m-9")
                    && call.body().contains(CHAT_LINK));
            assertThat(toAda.body()).contains("Chat with Kim Park", "a hello ready to send",
                    "tells%20me%20you%27d%20like%20a%20word");
            FakeHttpServer.Exchange toKim = teams.await("Kim's link", call -> call.path().equals(KIM_CHAT)
                    && call.body().contains(CHAT_LINK));
            assertThat(toKim.body()).contains("Your colleague is happy to chat", "Chat with your colleague",
                    "put%20us%20in%20touch");
        }
    }

    @Test
    void aSignInNameThatCannotBeFound_givesNoLink_andOffersATechnologist() {
        try (TeamsServeFixture teams = new TeamsServeFixture(folder, Map.of("FOLLOW_UP_AFTER", "PT30S",
                "FOLLOW_UP_HOURS", "always"))) {
            teams.connector.answerActivitiesWith(call -> member(teams, call, false));
            FakeHttpServer.Exchange asked = storyPublishedAndAsked(teams, folder);
            teams.await("Kim's sign-in name looked up", call -> call.method().equals("GET")
                    && call.path().equals(KIM_MEMBER));
            TeamsServeFixture.pause(300);

            teams.post(ActivityFixture.click("m-9", teams.serviceUrl(), teams.idOf(asked), option(asked,
                    "Happy to chat")));
            teams.await("Ada thanked", call -> call.path().equals(ADA_CHAT + "/m-9")
                    && call.body().contains("offered them a learning technologist"));
            FakeHttpServer.Exchange toKim = teams.await("Kim told kindly", call -> call.path().equals(KIM_CHAT)
                    && call.body().contains("couldn't find the sign-in names"));
            assertThat(toKim.body()).contains("Talk to a technologist");
            assertThat(teams.connector.calls()).noneMatch(call -> call.body().contains("teams.microsoft.com/l/chat"));
        }
    }

    /**
     * Ada's story from accept to publication, then Kim's guides with the story and the colleague button, and
     * her click; returns the card that asks Ada first.
     */
    private static FakeHttpServer.Exchange storyPublishedAndAsked(TeamsServeFixture teams, Path folder) {
        FakeHttpServer.Exchange question = TeamsFollowUpTest.followUpCard(teams);
        teams.post(ActivityFixture.click("m-3", teams.serviceUrl(), teams.idOf(question),
                option(question, "It worked")));
        FakeHttpServer.Exchange story = teams.await("consent (a)", call ->
                call.body().contains("Could colleagues learn from this?"));
        teams.staffSays("m-4", "Short polls every ten minutes woke them up");
        teams.await("the comment kept", call -> call.path().equals(ADA_CHAT + "/m-4"));
        teams.post(ActivityFixture.click("m-5", teams.serviceUrl(), teams.idOf(story),
                option(story, "Yes, anonymously")));
        FakeHttpServer.Exchange contact = teams.await("consent (b)", call ->
                call.body().contains("get in touch with you"));
        teams.post(ActivityFixture.click("m-6", teams.serviceUrl(), teams.idOf(contact),
                option(contact, "Yes, they may")));
        teams.await("thanks for sharing", call -> call.path().equals(ADA_CHAT + "/m-6"));

        CommandRun listed = CommandRun.of(folder, "", "case-studies", "list");
        Matcher draft = Pattern.compile("^(\\d+)\\s+draft\\s+\\S+\\s+A colleague in Nursing used this with 180 "
                + "students", Pattern.MULTILINE).matcher(listed.out());
        assertThat(draft.find()).as(listed.out()).isTrue();
        assertThat(CommandRun.of(folder, "", "case-studies", "publish", draft.group(1)).code()).isZero();

        teams.post(kim(ActivityFixture.message("k-1", teams.serviceUrl(), PROBLEM)));
        FakeHttpServer.Exchange brief = teams.await("Kim's suggestions", call ->
                call.path().equals(KIM_CHAT + "/k-1") && call.body().contains("Show guides"));
        teams.post(kim(ActivityFixture.click("k-2", teams.serviceUrl(), teams.idOf(brief),
                option(brief, "Show guides"))));
        FakeHttpServer.Exchange guides = teams.await("Kim's guides", call -> call.path().startsWith(KIM_CHAT)
                && call.body().contains("Talk to the colleague who used it"));
        assertThat(guides.body()).contains("A colleague in Nursing used this with 180 students", "Short polls");
        teams.post(kim(ActivityFixture.click("k-3", teams.serviceUrl(), teams.idOf(guides),
                option(guides, "Talk to the colleague who used it"))));
        teams.await("Kim told Ada is asked first", call -> call.path().equals(KIM_CHAT + "/k-3")
                && call.body().contains("asked your colleague first"));
        return teams.await("Ada asked first", call -> call.path().equals(ADA_CHAT) && call.method().equals("POST")
                && call.body().contains("would like a word"));
    }

    /** The conversations' rosters: Ada's entry, and Kim's when {@code kimFound} (else 404, as for a stranger). */
    private static FakeHttpServer.Answer member(TeamsServeFixture teams, FakeHttpServer.Exchange call,
            boolean kimFound) {
        FakeHttpServer.Answer created = teams.connector.created(call); // keeps idOf's numbering
        if (call.method().equals("GET") && call.path().equals(ADA_MEMBER)) {
            return FakeHttpServer.Answer.json(200, "{\"id\":\"" + ActivityFixture.USER_ID + "\",\"name\":\"Dr Ada "
                    + "Lovelace\",\"aadObjectId\":\"" + ActivityFixture.USER_AAD_ID + "\",\"email\":"
                    + "\"ada.lovelace@uni.example\",\"userPrincipalName\":\"ada.lovelace@uni.example\"}");
        }
        if (call.method().equals("GET") && call.path().equals(KIM_MEMBER)) {
            return kimFound ? FakeHttpServer.Answer.json(200, "{\"id\":\"" + KIM_ID + "\",\"name\":\"Kim Park\","
                    + "\"aadObjectId\":\"" + KIM_AAD + "\",\"email\":\"Kim.Park@uni.example\",\"userPrincipalName\":"
                    + "\"kim.park@uni.example\"}")
                    : FakeHttpServer.Answer.json(404, "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}");
        }
        return created;
    }

    /** The same activity from Kim Park, in her own 1:1 chat with Doorway. */
    private static ObjectNode kim(ObjectNode activity) {
        activity.putObject("from").put("id", KIM_ID).put("name", "Kim Park").put("aadObjectId", KIM_AAD);
        ((ObjectNode) activity.get("conversation")).put("id", KIM_CONVERSATION);
        return activity;
    }
}
