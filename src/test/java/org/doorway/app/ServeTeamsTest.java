package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.TeamsServeFixture.ALEX_AAD;
import static org.doorway.app.TeamsServeFixture.SAM_AAD;
import static org.doorway.app.TeamsServeFixture.STAFF_CHAT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doorway.app.TeamsServeFixture.AlexChat;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with Teams: the real conversation, catalogue, classifier and
 * handoff over SQLite, replies through the outbox to a fake Bot Connector.
 */
class ServeTeamsTest {
    private static final String PROBLEM = "About 350 first-years and total silence when I ask the room a question";

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
    void problem_suggestions_talkToATechnologist_reachesThemProactively_andStaffGetTheirNameAndAChatLink() {
        FakeHttpServer.Exchange suggestions = suggestionsFor("m-1");

        teams.post(ActivityFixture.click("m-2", teams.serviceUrl(), teams.idOf(suggestions), "person"));

        FakeHttpServer.Exchange opened = teams.await("a 1:1 chat opened with Alex", call ->
                call.path().equals("/connector/v3/conversations") && call.body().contains(ALEX_AAD));
        assertThat(opened.body()).contains("\"isGroup\":false", "\"tenantId\":\"tenant-1\"",
                "\"bot\":{\"id\":\"" + ActivityFixture.BOT_ID + "\"}");
        String alexChat = teams.idOf(opened);
        FakeHttpServer.Exchange summary = teams.await("the summary card in Alex's chat",
                call -> call.path().equals("/connector/v3/conversations/" + alexChat + "/activities"));
        assertThat(summary.body()).contains("Teaching question from Dr Ada Lovelace", "total silence",
                "I've got this", "Pass to someone else", "Resolved", "Action.Execute");
        FakeHttpServer.Exchange notice = teams.await("the handoff answer to the staff member",
                call -> call.path().equals(STAFF_CHAT + "/m-2") && call.body().contains("Alex Rivera"));
        assertThat(notice.body()).contains("Action.OpenUrl", "Chat with Alex Rivera",
                "https://teams.microsoft.com/l/chat/0/0?users=alex.rivera@uni.example&message=Hi%20Alex%2C");
        FakeHttpServer.Exchange replaced = teams.await("the clicked card without buttons",
                call -> call.method().equals("PUT") && call.path().equals(STAFF_CHAT + "/" + teams.idOf(suggestions)));
        assertThat(replaced.body()).doesNotContain("Action.Submit");

        teams.post(alexClicks("a-1", alexChat, teams.idOf(summary), "handoff:ack:1"));
        teams.await("the staff member told Alex has it", call -> call.path().equals(STAFF_CHAT)
                && call.body().contains("Alex Rivera has picked up your request"));
        teams.await("Alex told it is theirs", call -> call.path().equals(
                "/connector/v3/conversations/" + alexChat + "/activities/a-1") && call.body().contains("It's yours"));
        String summaryPath = "/connector/v3/conversations/" + alexChat + "/activities/" + teams.idOf(summary);
        FakeHttpServer.Exchange mine = teams.await("the summary as it now reads",
                call -> call.method().equals("PUT") && call.path().equals(summaryPath));
        assertThat(mine.body()).contains("Alex Rivera has this", "Pass to someone else", "Resolved")
                .doesNotContain("I've got this");

        teams.post(alexClicks("a-2", alexChat, teams.idOf(summary), "handoff:resolve:1"));
        teams.await("the staff member told it is resolved", call -> call.path().equals(STAFF_CHAT)
                && call.body().contains("Alex Rivera has marked your request as resolved"));
        teams.await("the summary without buttons", call -> call.method().equals("PUT")
                && call.path().equals(summaryPath) && call.body().contains("Resolved by Alex Rivera")
                && !call.body().contains("Action.Submit"));
    }

    /** Alex clicks {@code option} on the card {@code cardId} in their 1:1 chat with Doorway. */
    private ObjectNode alexClicks(String id, String chat, String cardId, String option) {
        return TeamsServeFixture.fromAlex(ActivityFixture.click(id, teams.serviceUrl(), cardId, option), chat);
    }

    @Test
    void offerNotPickedUpWithinTheSla_movesToTheNextTechnologist_rewritesTheOldCard_andALateClickChangesNothing() {
        AlexChat alex = teams.handedToAlex(PROBLEM);
        FakeHttpServer.Exchange alexCard = alex.summary();

        teams.clock.advance(Duration.ofMinutes(16));
        teams.doorway.handoff().slaCheck().run();

        String alexCardPath = alex.summaryPath();
        FakeHttpServer.Exchange rewritten = teams.await("Alex's card rewritten without its buttons",
                call -> call.method().equals("PUT") && call.path().equals(alexCardPath));
        assertThat(rewritten.body()).contains("Not picked up by Alex Rivera within 15 min; now offered to Sam Lee")
                .doesNotContain("Action.Submit");
        java.util.regex.Matcher ack = java.util.regex.Pattern.compile("handoff:ack:1:o\\d+").matcher(alexCard.body());
        assertThat(ack.find()).isTrue();
        teams.post(alex.fromAlex(ActivityFixture.click("a-late", teams.serviceUrl(), alex.summaryId(), ack.group())));
        teams.await("Alex told kindly that the offer moved on", call -> call.path().equals(alex.activities() + "/a-late")
                && call.body().contains("That offer has moved on: Sam Lee has this request now"));
        assertThat(teams.doorway.handoff().desk().find("1").orElseThrow().technologistId())
                .hasValue("sam.lee@uni.example");

        teams.await("a 1:1 chat opened with Sam", call ->
                call.path().equals("/connector/v3/conversations") && call.body().contains(SAM_AAD));
        FakeHttpServer.Exchange moved = teams.await("the staff member told it moved to Sam",
                call -> call.path().equals(STAFF_CHAT) && call.body().contains("passed it to Sam Lee"));
        assertThat(moved.body()).contains("Alex Rivera hasn't been able to pick up your request yet",
                "https://teams.microsoft.com/l/chat/0/0?users=sam.lee@uni.example");
    }

    @Test
    void throttledByTheConnector_isRetriedAfterRetryAfter_asTheClockMoves() {
        AtomicBoolean throttled = new AtomicBoolean();
        teams.connector.answerActivitiesWith(call -> throttled.compareAndSet(false, true)
                ? new FakeHttpServer.Answer(429, Map.of("Retry-After", "30"), "")
                : teams.connector.created(call));

        teams.staffSays("m-1", "hello");
        teams.await("the first, throttled attempt", call -> call.path().equals(STAFF_CHAT + "/m-1"));
        TeamsServeFixture.pause(500);
        assertThat(teams.connector.calls()).hasSize(1);

        teams.clock.advance(Duration.ofSeconds(31));
        teams.await("the retry", call -> teams.connector.calls().size() == 2);
        assertThat(teams.connector.calls().get(1).path()).isEqualTo(STAFF_CHAT + "/m-1");
    }

    private FakeHttpServer.Exchange suggestionsFor(String id) {
        FakeHttpServer.Exchange suggestions = teams.suggestionsFor(id, PROBLEM);
        assertThat(suggestions.body()).contains("application/vnd.microsoft.card.adaptive", "\"version\":\"1.5\"",
                "Action.Submit");
        return suggestions;
    }
}
