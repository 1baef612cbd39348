package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.SlackHandoffWorld.dmOf;
import static org.doorway.app.SlackHandoffWorld.groupOf;
import static org.doorway.app.SlackHandoffWorld.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.doorway.TestClock;
import org.doorway.handoff.Handoff;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's queue and staff side on Slack, end to end: signed payloads in, the fake Web API out. A
 * technologist's App Home lists their open requests with buttons that act, and is republished through the
 * outbox when one changes; the staff member lists their requests ("my requests", also as a /doorway
 * sub-command), adds information (it reaches the shared group DM) and closes the request themselves, which
 * rewrites the technologist's summary and is logged as staff-added and staff-closed.
 */
class SlackQueueTest {
    static final String STAFF = "USTAFF";
    static final String ALEX = "UALEX";
    static final String ROSTER = """
            technologists:
              - name: Alex Rivera
                slack: UALEX
                email: alex@uni.example
                timezone: Europe/London
                hours: {mon: "09:00-17:00", tue: "09:00-17:00", wed: "09:00-17:00", thu: "09:00-17:00", fri: "09:00-17:00"}
                expertise: [live-engagement]
                capacity: 4
                available: true
            """;

    @TempDir
    Path folder;

    @Test
    void the_queue_on_the_app_home_acts_and_stays_in_step_and_staff_add_to_and_close_their_request()
            throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at(SlackHandoffTest.MONDAY_2PM))) {
            world.doorway.warmUp();
            world.dm(STAFF, "large lecture, 250 students, nobody answers when I ask a question");
            world.awaitPost("suggestions", dmOf(STAFF), "available now");
            world.dm(STAFF, "talk to a person");
            FakeSlackApi.Call summary = world.awaitPost("the summary", groupOf(STAFF, ALEX), "Teaching question");

            world.postEvent(SlackPayloads.homeOpened("EvHomeQ1", ALEX));
            FakeSlackApi.Call home = world.await("Alex's queue on his home", "views.publish",
                    call -> ALEX.equals(call.param("user_id")) && call.param("view").contains("My queue"));
            assertThat(home.param("view")).contains("Offered to you, not picked up yet", "nobody answers when I ask",
                    "Latest from");
            JsonNode ack = button(home.param("view"), "handoff:ack:");

            world.clickHome(ALEX, ack.path("action_id").asText(), ack.path("value").asText());
            world.awaitPost("Alex told in his DM", ALEX, "It's yours");
            FakeSlackApi.Call refreshed = world.await("Alex's home republished after the change", "views.publish",
                    call -> ALEX.equals(call.param("user_id")) && call.param("view").contains("Picked up"));
            assertThat(values(refreshed.param("view"))).anyMatch(value -> value.startsWith("handoff:resolve:"))
                    .noneMatch(value -> value.startsWith("handoff:ack:"));
            world.await("the staff member's home republished too, with their open request", "views.publish",
                    call -> STAFF.equals(call.param("user_id")) && call.param("view").contains("With Alex Rivera")
                            && call.param("view").contains("mine:close:1"));
            world.await("the summary rewritten", "chat.update", call -> summary.ts().equals(call.param("ts"))
                    && text(call).contains("has this"));

            world.slash(STAFF, "my requests");
            FakeSlackApi.Call mine = world.awaitPost("the staff member's requests", dmOf(STAFF), "Sorted, thanks");
            assertThat(text(mine)).contains("With Alex Rivera", "Add information");

            world.click(STAFF, mine, "mine:add:");
            FakeSlackApi.Call form = world.await("the add-information form", "views.open",
                    call -> call.param("view").contains("What would you like to add?"));
            world.submit(STAFF, form, "The lecture theatre is LT1 and the session is on Thursday");
            world.awaitPost("the addition in the shared group DM", groupOf(STAFF, ALEX),
                    "added: The lecture theatre is LT1");
            world.await("the staff member told it went", "chat.postEphemeral", call -> STAFF.equals(call.param("user"))
                    && text(call).contains("Sent to Alex Rivera"));
            world.await("Alex's queue shows the latest", "views.publish", call -> ALEX.equals(call.param("user_id"))
                    && call.param("view").contains("LT1"));

            world.click(STAFF, mine, "mine:close:");
            world.await("the staff member thanked", "chat.postEphemeral", call -> STAFF.equals(call.param("user"))
                    && text(call).contains("Glad it's sorted"));
            FakeSlackApi.Call closed = world.await("Alex's summary says so", "chat.update",
                    call -> summary.ts().equals(call.param("ts")) && text(call).contains("Closed by"));
            assertThat(SlackHandoffWorld.buttonValues(closed)).isEmpty();
            world.await("Alex's queue is empty now", "views.publish", call -> ALEX.equals(call.param("user_id"))
                    && call.param("view").contains("Your queue is empty"));

            world.click(STAFF, mine, "mine:close:");
            world.await("a second close changes nothing", "chat.postEphemeral", call -> STAFF.equals(call.param("user"))
                    && text(call).contains("already closed"));
            Handoff handoff = world.doorway.handoff().desk().find("1").orElseThrow();
            assertThat(handoff.state()).isEqualTo(Handoff.State.RESOLVED);
            List<String> kinds = world.doorway.database().withHandle(h -> h.createQuery(
                    "SELECT kind FROM conversation_events ORDER BY id").mapTo(String.class).list());
            assertThat(kinds).contains("staff-added", "staff-closed").doesNotContain("resolved");
        }
    }

    private static JsonNode button(String viewJson, String valuePrefix) {
        return buttons(viewJson).stream().filter(button -> button.path("value").asText().startsWith(valuePrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no " + valuePrefix + " button in " + viewJson));
    }

    private static List<String> values(String viewJson) {
        return buttons(viewJson).stream().map(button -> button.path("value").asText()).toList();
    }

    private static List<JsonNode> buttons(String viewJson) {
        return SlackHandoffWorld.tree(viewJson).findValues("elements").stream()
                .flatMap(elements -> StreamSupport.stream(elements.spliterator(), false))
                .filter(element -> "button".equals(element.path("type").asText()))
                .toList();
    }
}
