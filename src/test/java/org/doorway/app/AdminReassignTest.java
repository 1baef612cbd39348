package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.SlackHandoffWorld.dmOf;
import static org.doorway.app.SlackHandoffWorld.groupOf;
import static org.doorway.app.SlackHandoffWorld.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.doorway.TestClock;
import org.doorway.admin.Role;
import org.doorway.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reassigning from the admin side, end to end on Slack: a request handed to
 * Alex in chat is given to Chen through the JSON API, and both people hear
 * of it as they do when a technologist passes it on: Chen gets the group DM
 * with the summary, the staff member is told who has it now.
 */
class AdminReassignTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void reassign_opensTheNewTechnologistsThreadAndTellsTheStaffMember() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, SlackHandoffTest.ROSTER,
                TestClock.at(SlackHandoffTest.MONDAY_2PM))) {
            // A first message builds the classifier; under a loaded CI machine that can take longer than one await.
            world.dm(SlackHandoffTest.OTHER_STAFF, "how can I give feedback faster to 300 students");
            world.awaitPost("a first answer", dmOf(SlackHandoffTest.OTHER_STAFF), "available now");
            world.dm(SlackHandoffTest.STAFF, "large lecture, 250 students, nobody answers when I ask a question");
            world.awaitPost("suggestions", dmOf(SlackHandoffTest.STAFF), "available now");
            world.dm(SlackHandoffTest.STAFF, "talk to a person");
            world.awaitPost("Alex's summary", groupOf(SlackHandoffTest.STAFF, SlackHandoffTest.ALEX), "Teaching question");

            AdminApiFixture api = new AdminApiFixture(world.doorway.port(), world.doorway.apiToken(Role.TECHNOLOGIST));
            JsonNode open = JSON.readTree(api.get("/handoffs").body()).path("handoffs");
            assertThat(open).hasSize(1);
            String id = open.get(0).path("id").asText();
            assertThat(open.get(0).path("technologist").asText()).isEqualTo("alex@uni.example");

            HttpResponse<String> moved = api.send("POST", "/handoffs/" + id + "/reassign", "{\"to\":\"chen@uni.example\"}");

            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            assertThat(JSON.readTree(moved.body()).path("technologist").asText()).isEqualTo("chen@uni.example");
            FakeSlackApi.Call opened = world.await("a group DM with Chen", "conversations.open",
                    call -> call.param("users").contains(SlackHandoffTest.CHEN));
            assertThat(opened.param("users").split(",")).containsExactlyInAnyOrder(SlackHandoffTest.STAFF,
                    SlackHandoffTest.CHEN);
            FakeSlackApi.Call summary = world.awaitPost("Chen's summary",
                    groupOf(SlackHandoffTest.STAFF, SlackHandoffTest.CHEN), "Teaching question");
            assertThat(text(summary)).contains("large lecture, 250 students", "reassigned by token:", "I've got this");
            world.awaitPost("the staff member told", dmOf(SlackHandoffTest.STAFF), "now with Chen Wu");

            HttpResponse<String> again = api.send("POST", "/handoffs/" + id + "/reassign", "{\"to\":\"nobody@uni.example\"}");
            assertThat(again.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(again.body()).path("error").path("code").asText()).isEqualTo("invalid");
        }
    }
}
