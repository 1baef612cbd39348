package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.TeamsServeFixture.SAM_AAD;
import static org.doorway.app.TeamsServeFixture.STAFF_CHAT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.doorway.store.TestDatabases;
import org.doorway.store.TestDatabases.Place;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The technologist's side in Teams over the real endpoint ({@code serve},
 * signed activities, the fake Bot Connector), on SQLite and PostgreSQL: the
 * handoff summary's buttons are {@code Action.Execute}; <i>Resolved</i> and
 * <i>Pass</i> ask for a note and <i>Transfer to…</i> for a colleague in a form
 * answered in the invoke's response (private to the clicker, with
 * {@code refresh.userIds}); what is sent goes through the same core as
 * Slack's form.
 */
class TeamsTechnologistCardsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "About 350 first-years and total silence when I ask the room a question";

    @TempDir
    static Path folder;
    private TeamsServeFixture teams;

    static Stream<Place> databases() {
        return TestDatabases.places(folder, "doorway");
    }

    private void start(Place database) {
        teams = new TeamsServeFixture(database.url(), TeamsServeFixture.ROSTER);
        teams.doorway.warmUp();
    }

    @AfterEach
    void stop() {
        if (teams != null) {
            teams.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void resolved_asksForANoteInAPrivateForm_andTheNoteReachesTheStaffMemberAndTheCard(Place database) {
        start(database);
        Alex alex = handedToAlex();
        assertThat(alex.card.body()).contains("\"Action.Execute\"", "\"verb\":\"doorway\"", "handoff:ack:1")
                .doesNotContain("Action.Submit");

        JsonNode picked = alex.execute("x-1", ActivityFixture.data(alex.ack(), null));
        assertThat(picked.path("statusCode").asInt()).isEqualTo(200);
        assertThat(picked.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(picked.path("value").toString()).contains("It's yours");
        assertThat(picked.path("value").path("refresh").path("userIds").toString()).isEqualTo("[\"29:alex\"]");
        assertThat(teams.connector.calls()).noneMatch(call -> call.body().contains("It's yours"));
        teams.await("Alex's card rewritten with their buttons", call -> call.method().equals("PUT")
                && call.path().equals(alex.cardPath()) && call.body().contains("Alex Rivera has this"));

        JsonNode form = alex.execute("x-2", ActivityFixture.data("handoff:resolve:1", null)).path("value");
        assertThat(form.toString()).contains("What was the outcome, in a line?", "\"type\":\"Input.Text\"",
                "\"id\":\"note\"", "Mark resolved", "\"step\":\"send\"", "\"step\":\"cancel\"", "Alex Rivera has this");
        assertThat(form.path("refresh").path("userIds").toString()).isEqualTo("[\"29:alex\"]");
        assertThat(teams.doorway.handoff().desk().find("1").orElseThrow().state().name()).isEqualTo("ACKNOWLEDGED");

        JsonNode cancelled = alex.execute("x-3", ActivityFixture.data("handoff:resolve:1", "cancel")).path("value");
        assertThat(cancelled.toString()).contains("Alex Rivera has this", "Action.Execute").doesNotContain("Input.Text");

        ObjectNode sent = ActivityFixture.data("handoff:resolve:1", "send").put("note", "Showed them Vevox Q&A");
        JsonNode resolved = alex.execute("x-4", sent).path("value");
        assertThat(resolved.toString()).contains("Marked as resolved").doesNotContain("Input.Text");
        teams.await("the staff member told, with the note", call -> call.path().equals(STAFF_CHAT)
                && call.body().contains("Alex Rivera has marked your request as resolved: Showed them Vevox Q"));
        teams.await("the summary rewritten with the note and no buttons", call -> call.method().equals("PUT")
                && call.path().equals(alex.cardPath()) && call.body().contains("Resolved by Alex Rivera: Showed them")
                && !call.body().contains("Action.Execute"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClickBySomeoneItIsNotWith_getsAPrivateRefusal_andNoForm(Place database) {
        start(database);
        Alex alex = handedToAlex();
        ObjectNode samClicks = ActivityFixture.execute("s-1", teams.serviceUrl(), teams.idOf(alex.card),
                ActivityFixture.data("handoff:pass:1", null));
        samClicks.putObject("from").put("id", "29:sam").put("name", "Sam Lee").put("aadObjectId", SAM_AAD);
        JsonNode refused = read(teams.post(samClicks)).path("value");
        assertThat(refused.toString()).contains("This one is with Alex Rivera now, not you, so nothing changed.")
                .doesNotContain("Input.Text");
        assertThat(refused.path("refresh").path("userIds").toString()).isEqualTo("[\"29:sam\"]");
        assertThat(teams.doorway.handoff().desk().find("1").orElseThrow().technologistId())
                .hasValue("alex.rivera@uni.example");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void transfer_listsColleaguesToPick_andPickingOneHandsItOver(Place database) {
        start(database);
        Alex alex = handedToAlex();
        alex.execute("x-1", ActivityFixture.data(alex.ack(), null));

        JsonNode form = alex.execute("x-2", ActivityFixture.data("handoff:transfer:1", null)).path("value");
        assertThat(form.toString()).contains("\"type\":\"Input.ChoiceSet\"", "\"title\":\"Sam Lee: free now\"",
                "\"value\":\"sam.lee@uni.example\"", "Transfer").doesNotContain("Alex Rivera: ");

        ObjectNode pick = ActivityFixture.data("handoff:transfer:1", "send").put("note", "sam.lee@uni.example");
        JsonNode done = alex.execute("x-3", pick).path("value");
        assertThat(done.toString()).contains("Transferred to Sam Lee");
        assertThat(teams.doorway.handoff().desk().find("1").orElseThrow().technologistId())
                .hasValue("sam.lee@uni.example");
        teams.await("a 1:1 chat opened with Sam", call -> call.path().equals("/connector/v3/conversations")
                && call.body().contains(SAM_AAD));
        teams.await("the staff member told Sam has it", call -> call.path().equals(STAFF_CHAT)
                && call.body().contains("Your request is now with Sam Lee"));
        teams.await("Alex's card rewritten without buttons", call -> call.method().equals("PUT")
                && call.path().equals(alex.cardPath()) && call.body().contains("transferred it to Sam Lee")
                && !call.body().contains("Action.Execute"));
    }

    /** The staff member asks for a person; the request goes to Alex, whose card is returned. */
    private Alex handedToAlex() {
        TeamsServeFixture.AlexChat chat = teams.handedToAlex(PROBLEM);
        return new Alex(chat.id(), chat.summary());
    }

    private final class Alex {
        final String chat;
        final FakeHttpServer.Exchange card;

        Alex(String chat, FakeHttpServer.Exchange card) {
            this.chat = chat;
            this.card = card;
        }

        String cardPath() {
            return "/connector/v3/conversations/" + chat + "/activities/" + teams.idOf(card);
        }

        /** The "I've got this" option on Alex's card, with the offer it was made on. */
        String ack() {
            java.util.regex.Matcher ack = java.util.regex.Pattern.compile("handoff:ack:1:o\\d+").matcher(card.body());
            assertThat(ack.find()).isTrue();
            return ack.group();
        }

        /** Alex clicks an Action.Execute button on their card; the invoke's answer. */
        JsonNode execute(String id, ObjectNode data) {
            return read(teams.post(TeamsServeFixture.fromAlex(
                    ActivityFixture.execute(id, teams.serviceUrl(), teams.idOf(card), data), chat)));
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException notJson) {
            throw new AssertionError("not JSON: " + response.body(), notJson);
        }
    }
}
