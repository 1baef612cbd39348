package org.doorway.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.doorway.TestClock;
import org.doorway.teams.ActivityFixture;
import org.doorway.teams.FakeBotConnector;
import org.doorway.teams.FakeBotFrameworkIssuer;
import org.doorway.teams.FakeHttpServer;

/**
 * Doorway started as {@code serve} starts it, with Teams configured against a
 * fake Bot Framework issuer and a fake Bot Connector (which also stands in for
 * Microsoft's global one, where Doorway writes first), a SQLite file, a clock
 * the test moves (Monday 10:00 in London), and two technologists on duty.
 */
final class TeamsServeFixture implements AutoCloseable {
    static final String ALEX_AAD = "aaaaaaaa-0000-4000-8000-00000000a1e0";
    static final String SAM_AAD = "bbbbbbbb-0000-4000-8000-0000000005a0";
    static final String ROSTER = """
            technologists:
              - name: Alex Rivera
                teams: %s
                email: alex.rivera@uni.example
                timezone: Europe/London
                hours: {mon: "09:00-17:00", tue: "09:00-17:00"}
                capacity: 3
              - name: Sam Lee
                teams: %s
                email: sam.lee@uni.example
                timezone: Europe/London
                hours: {mon: "09:00-17:00", tue: "09:00-17:00"}
                capacity: 3
            """.formatted(ALEX_AAD, SAM_AAD);
    /** Where Doorway answers the staff member (Dr Ada Lovelace) in her personal chat. */
    static final String STAFF_CHAT = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities";
    private static final Duration WAIT = Duration.ofSeconds(15);

    final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    final FakeBotFrameworkIssuer issuer = new FakeBotFrameworkIssuer();
    final FakeBotConnector connector = new FakeBotConnector();
    final EmbeddedDoorway doorway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TeamsServeFixture(Path folder) {
        this(folder, Map.of());
    }

    /** With more settings ({@code extra}), such as FOLLOW_UP_AFTER. */
    TeamsServeFixture(Path folder, Map<String, String> extra) {
        this("jdbc:sqlite:" + folder.resolve("doorway.db"), ROSTER, extra);
    }

    /** On the database at {@code databaseUrl}, with {@code roster} imported. */
    TeamsServeFixture(String databaseUrl, String roster) {
        this(databaseUrl, roster, Map.of());
    }

    private TeamsServeFixture(String databaseUrl, String roster, Map<String, String> extra) {
        Map<String, String> settings = new java.util.HashMap<>(extra);
        settings.putAll(Map.of("PORT", "0",
                "DATABASE_URL", databaseUrl,
                "TEAMS_APP_ID", FakeBotFrameworkIssuer.APP_ID, "TEAMS_APP_PASSWORD", "s3cret",
                "TEAMS_TENANT_ID", "tenant-1", "HANDOFF_SLA_MINUTES", "15",
                "TEAMS_OPENID_METADATA_URL", issuer.metadataUrl().toString(),
                "TEAMS_TOKEN_URL", connector.tokenEndpoint().toString(),
                "TEAMS_SERVICE_URL", connector.serviceUrl()));
        doorway = EmbeddedDoorway.start(settings, clock);
        doorway.importRoster(roster);
    }

    String serviceUrl() {
        return connector.serviceUrl();
    }

    /** Posts an activity as the Bot Connector would, with a valid token. */
    HttpResponse<String> post(ObjectNode activity) {
        String token = issuer.bearer(issuer.claims(clock.instant()).claim("serviceurl", serviceUrl()).build());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + doorway.port()
                        + "/api/messages")).header("Content-Type", "application/json").header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The staff member (Dr Ada Lovelace, in her personal chat) says something. */
    HttpResponse<String> staffSays(String id, String text) {
        return post(ActivityFixture.message(id, serviceUrl(), text));
    }

    /** The staff member describes {@code problem} in message {@code id}; the suggestions card that answers. */
    FakeHttpServer.Exchange suggestionsFor(String id, String problem) {
        HttpResponse<String> accepted = staffSays(id, problem);
        if (accepted.statusCode() != 202) {
            throw new AssertionError("the message was answered " + accepted.statusCode() + ": " + accepted.body());
        }
        return await("the suggestions card", call -> call.path().equals(STAFF_CHAT + "/" + id)
                && call.body().contains("Talk to a technologist"));
    }

    /**
     * The staff member describes {@code problem} (message m-1) and asks for a person (m-2); Doorway opens a
     * new 1:1 chat with Alex and posts the summary card there.
     */
    AlexChat handedToAlex(String problem) {
        FakeHttpServer.Exchange suggestions = suggestionsFor("m-1", problem);
        post(ActivityFixture.click("m-2", serviceUrl(), idOf(suggestions), "person"));
        String chat = idOf(await("a 1:1 chat opened with Alex", call ->
                call.path().equals("/connector/v3/conversations") && call.body().contains(ALEX_AAD)));
        String activities = "/connector/v3/conversations/" + chat + "/activities";
        FakeHttpServer.Exchange summary = await("the summary card in Alex's chat",
                call -> call.path().equals(activities));
        return new AlexChat(chat, summary, idOf(summary));
    }

    /** Alex's 1:1 chat with Doorway and the handoff summary card in it. */
    record AlexChat(String id, FakeHttpServer.Exchange summary, String summaryId) {
        /** Where Doorway posts into this chat. */
        String activities() {
            return "/connector/v3/conversations/" + id + "/activities";
        }

        /** Where Doorway rewrites the summary card. */
        String summaryPath() {
            return activities() + "/" + summaryId;
        }

        /** {@code activity} as Alex sends it in this chat. */
        ObjectNode fromAlex(ObjectNode activity) {
            return TeamsServeFixture.fromAlex(activity, id);
        }
    }

    /** {@code activity} as Alex sends it in their 1:1 chat {@code chat}. */
    static ObjectNode fromAlex(ObjectNode activity, String chat) {
        activity.putObject("from").put("id", "29:alex").put("name", "Alex Rivera").put("aadObjectId", ALEX_AAD);
        activity.with("conversation").put("id", chat);
        return activity;
    }

    /** Waits for a call to the fake connector that matches; the outbox delivers every 100 ms. */
    FakeHttpServer.Exchange await(String what, Predicate<FakeHttpServer.Exchange> matches) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (FakeHttpServer.Exchange call : connector.calls()) {
                if (matches.test(call)) {
                    return call;
                }
            }
            pause(20);
        }
        throw new AssertionError("no " + what + " reached the connector within " + WAIT + "; calls: "
                + describe(connector.calls()));
    }

    /** The id the fake connector gave the activity posted by {@code call} (ids follow the calls' order). */
    String idOf(FakeHttpServer.Exchange call) {
        return "sent-" + (connector.calls().indexOf(call) + 1);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(List<FakeHttpServer.Exchange> calls) {
        return calls.stream().map(call -> call.method() + " " + call.path() + " " + call.body().length() + " bytes")
                .toList().toString();
    }

    @Override
    public void close() {
        doorway.close();
        connector.close();
        issuer.close();
    }
}
