package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.TeamsServeFixture.ALEX_AAD;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.doorway.handoff.Handoff;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's queue and staff side in Teams, over the real endpoint with signed activities and a fake Bot
 * Connector: the typed {@code queue} answers one card listing the technologist's open requests with buttons
 * that act; the staff member's "my requests" card lets them add information (asked for in their next
 * message, which reaches the technologist's chat) and close the request themselves.
 */
class TeamsQueueTest {
    private static final String PROBLEM = "About 350 first-years and total silence when I ask the room a question";
    private static final String STAFF_CHAT = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities";

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
    void queue_lists_the_technologists_requests_in_one_card_and_staff_add_information_and_close_their_request() {
        teams.doorway.warmUp();
        assertThat(teams.staffSays("m-1", PROBLEM).statusCode()).isEqualTo(202);
        FakeHttpServer.Exchange suggestions = teams.await("the suggestions card", call ->
                call.path().equals(STAFF_CHAT + "/m-1") && call.body().contains("Talk to a technologist"));
        teams.post(ActivityFixture.click("m-2", teams.serviceUrl(), teams.idOf(suggestions), "person"));
        String alexChat = teams.idOf(teams.await("the chat with Alex", call ->
                call.path().equals("/connector/v3/conversations") && call.body().contains(ALEX_AAD)));
        String alexActivities = "/connector/v3/conversations/" + alexChat + "/activities";
        FakeHttpServer.Exchange summary = teams.await("the summary card in Alex's chat",
                call -> call.path().equals(alexActivities));

        teams.post(alex("a-1", alexChat, "queue"));
        FakeHttpServer.Exchange queue = teams.await("Alex's queue as one card", call ->
                call.path().equals(alexActivities + "/a-1") && call.body().contains("Your queue"));
        assertThat(queue.body()).contains("1 open request", "Offered to you, not picked up yet", "total silence",
                "handoff:ack:1", "Action.Submit");

        teams.post(alexClicks("a-2", alexChat, teams.idOf(queue), "handoff:ack:1"));
        teams.await("Alex told it is theirs", call -> call.path().equals(alexActivities + "/a-2")
                && call.body().contains("It's yours"));
        teams.await("the summary card rewritten", call -> call.method().equals("PUT")
                && call.path().equals(alexActivities + "/" + teams.idOf(summary)));

        teams.staffSays("m-3", "my requests");
        FakeHttpServer.Exchange mine = teams.await("the staff member's requests", call ->
                call.path().equals(STAFF_CHAT + "/m-3") && call.body().contains("Sorted, thanks"));
        assertThat(mine.body()).contains("With Alex Rivera", "Add information", "mine:add:1", "mine:close:1");

        teams.post(ActivityFixture.click("m-4", teams.serviceUrl(), teams.idOf(mine), "mine:add:1"));
        teams.await("asked what to add", call -> call.path().equals(STAFF_CHAT + "/m-4")
                && call.body().contains("Write it in your next message"));
        teams.staffSays("m-5", "It is for the Thursday lecture in LT1");
        teams.await("the addition in Alex's chat", call -> call.path().equals(alexActivities)
                && call.body().contains("added: It is for the Thursday lecture in LT1"));
        teams.await("the staff member told it went", call -> call.path().equals(STAFF_CHAT + "/m-5")
                && call.body().contains("Sent to Alex Rivera"));

        teams.post(ActivityFixture.click("m-6", teams.serviceUrl(), teams.idOf(mine), "mine:close:1"));
        teams.await("the staff member thanked", call -> call.path().equals(STAFF_CHAT + "/m-6")
                && call.body().contains("Glad it's sorted"));
        teams.await("Alex's summary says so", call -> call.method().equals("PUT")
                && call.path().equals(alexActivities + "/" + teams.idOf(summary)) && call.body().contains("Closed by")
                && !call.body().contains("Action.Submit"));
        assertThat(teams.doorway.handoff().desk().find("1").orElseThrow().state()).isEqualTo(Handoff.State.RESOLVED);

        teams.post(alex("a-3", alexChat, "queue"));
        teams.await("Alex's queue is empty now", call -> call.path().equals(alexActivities + "/a-3")
                && call.body().contains("Your queue is empty"));
        List<String> kinds = teams.doorway.database().withHandle(h -> h.createQuery(
                "SELECT kind FROM conversation_events ORDER BY id").mapTo(String.class).list());
        assertThat(kinds).contains("staff-added", "staff-closed");
    }

    /** Alex types {@code text} in their 1:1 chat with Doorway. */
    private ObjectNode alex(String id, String chat, String text) {
        ObjectNode message = ActivityFixture.message(id, teams.serviceUrl(), text);
        message.putObject("from").put("id", "29:alex").put("name", "Alex Rivera").put("aadObjectId", ALEX_AAD);
        message.with("conversation").put("id", chat);
        return message;
    }

    private ObjectNode alexClicks(String id, String chat, String cardId, String option) {
        ObjectNode click = ActivityFixture.click(id, teams.serviceUrl(), cardId, option);
        click.putObject("from").put("id", "29:alex").put("name", "Alex Rivera").put("aadObjectId", ALEX_AAD);
        click.with("conversation").put("id", chat);
        return click;
    }
}
