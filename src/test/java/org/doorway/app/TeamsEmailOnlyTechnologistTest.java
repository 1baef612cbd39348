package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.TeamsServeFixture.SAM_AAD;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.doorway.handoff.Handoff;
import org.doorway.store.TestDatabases;
import org.doorway.store.TestDatabases.Place;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A technologist whom the roster names by email only (their sign-in name in
 * the {@code teams} field, no Entra ID object id), in Teams over the
 * real endpoint, on SQLite and PostgreSQL: routing skips them (the request
 * waits, nothing is lost) until they first message Doorway, when the
 * conversation's roster (the fake Bot Connector's members call) tells Doorway
 * who they are; from then on their cards reach them, also after a roster
 * import that still has no Teams id for them.
 */
class TeamsEmailOnlyTechnologistTest {
    private static final String SAM_ONLY = """
            technologists:
              - name: Sam Lee
                email: Sam.Lee@uni.example
                timezone: Europe/London
                hours: {mon: "09:00-17:00", tue: "09:00-17:00"}
                capacity: 3
            """;
    private static final String PROBLEM = "About 350 first-years and total silence when I ask the room a question";
    private static final String STAFF_CHAT = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities";
    private static final String SAM_CHAT = "a:1SamPersonalChat";

    @TempDir
    static Path folder;
    private TeamsServeFixture teams;

    static Stream<Place> databases() {
        return TestDatabases.places(folder, "doorway");
    }

    @AfterEach
    void stop() {
        if (teams != null) {
            teams.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void emailOnly_isSkippedByRouting_untilTheyMessageDoorway_thenTheirCardReachesThem(Place database) {
        teams = new TeamsServeFixture(database.url(), SAM_ONLY);
        teams.doorway.warmUp();
        teams.connector.answerActivitiesWith(call -> call.method().equals("GET") && call.path().equals(
                "/connector/v3/conversations/a%3A1SamPersonalChat/members/29%3Asam")
                ? FakeHttpServer.Answer.json(200, "{\"id\":\"29:sam\",\"name\":\"Sam Lee\",\"aadObjectId\":\""
                        + SAM_AAD + "\",\"email\":\"sam.lee@uni.example\",\"userPrincipalName\":\"sam.lee@uni.example\"}")
                : teams.connector.created(call));

        teams.staffSays("m-1", PROBLEM);
        FakeHttpServer.Exchange suggestions = teams.await("the suggestions card", call ->
                call.path().equals(STAFF_CHAT + "/m-1") && call.body().contains("Talk to a technologist"));
        teams.post(ActivityFixture.click("m-2", teams.serviceUrl(), teams.idOf(suggestions), "person"));
        FakeHttpServer.Exchange answer = teams.await("the answer to 'talk to a person'",
                call -> call.path().equals(STAFF_CHAT + "/m-2") && call.method().equals("POST"));
        assertThat(answer.body()).doesNotContain("Sam Lee");
        Handoff waiting = teams.doorway.handoff().desk().find("1").orElseThrow();
        assertThat(waiting.state()).isEqualTo(Handoff.State.QUEUED);
        assertThat(teams.connector.calls()).noneMatch(call -> call.path().equals("/connector/v3/conversations"));

        assertThat(teams.post(samSays("s-1", "available")).statusCode()).isEqualTo(202);
        teams.await("the conversation's roster asked who Sam is", call -> call.method().equals("GET")
                && call.path().endsWith("/members/29%3Asam"));
        teams.doorway.importRoster(SAM_ONLY); // an import without a Teams id keeps the one learned
        awaitTrue(() -> {
            teams.doorway.handoff().queueCheck().run();
            return teams.doorway.handoff().desk().find("1").orElseThrow().technologistId().isPresent();
        });

        FakeHttpServer.Exchange card = teams.await("the summary card in Sam's chat, posted where he wrote",
                call -> call.method().equals("POST") && call.path().equals(
                        "/connector/v3/conversations/a%3A1SamPersonalChat/activities") && call.body().contains(
                        "Teaching question from Dr Ada Lovelace"));
        assertThat(card.body()).contains("I've got this", "Action.Execute");
        assertThat(teams.doorway.handoff().desk().find("1").orElseThrow().technologistId())
                .hasValue("sam.lee@uni.example");
    }

    /** Sam writes to Doorway in his own 1:1 chat. */
    private ObjectNode samSays(String id, String text) {
        ObjectNode message = ActivityFixture.message(id, teams.serviceUrl(), text);
        message.putObject("from").put("id", "29:sam").put("name", "Sam Lee").put("aadObjectId", SAM_AAD);
        message.with("conversation").put("id", SAM_CHAT);
        return message;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            TeamsServeFixture.pause(50);
        }
        throw new AssertionError("not within 15 s");
    }
}
