package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.TeamsServeFixture.STAFF_CHAT;

import java.nio.file.Path;
import java.util.List;
import org.doorway.app.TeamsServeFixture.AlexChat;
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
        AlexChat alex = teams.handedToAlex(PROBLEM);
        String alexActivities = alex.activities();

        teams.post(alex.fromAlex(ActivityFixture.message("a-1", teams.serviceUrl(), "queue")));
        FakeHttpServer.Exchange queue = teams.await("Alex's queue as one card", call ->
                call.path().equals(alexActivities + "/a-1") && call.body().contains("Your queue"));
        assertThat(queue.body()).contains("1 open request", "Offered to you, not picked up yet", "total silence",
                "handoff:ack:1", "Action.Submit");

        teams.post(alex.fromAlex(ActivityFixture.click("a-2", teams.serviceUrl(), teams.idOf(queue), "handoff:ack:1")));
        teams.await("Alex told it is theirs", call -> call.path().equals(alexActivities + "/a-2")
                && call.body().contains("It's yours"));
        teams.await("the summary card rewritten", call -> call.method().equals("PUT")
                && call.path().equals(alex.summaryPath()));

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
                && call.path().equals(alex.summaryPath()) && call.body().contains("Closed by")
                && !call.body().contains("Action.Submit"));
        assertThat(teams.doorway.handoff().desk().find("1").orElseThrow().state()).isEqualTo(Handoff.State.RESOLVED);

        teams.post(alex.fromAlex(ActivityFixture.message("a-3", teams.serviceUrl(), "queue")));
        teams.await("Alex's queue is empty now", call -> call.path().equals(alexActivities + "/a-3")
                && call.body().contains("Your queue is empty"));
        List<String> kinds = teams.doorway.database().withHandle(h -> h.createQuery(
                "SELECT kind FROM conversation_events ORDER BY id").mapTo(String.class).list());
        assertThat(kinds).contains("staff-added", "staff-closed");
    }
}
