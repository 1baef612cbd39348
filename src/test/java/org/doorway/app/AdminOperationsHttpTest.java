package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorway.admin.AuditEntry;
import org.doorway.admin.Role;
import org.doorway.conversation.ConversationKey;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.Technologist;
import org.doorway.store.JdbiLearningQueue;
import org.doorway.store.JdbiRoster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster editor, the queues, the audit export and the JSON API over the
 * real Jetty, on SQLite and (with DOORWAY_TEST_POSTGRES) PostgreSQL: who may
 * do what, CSRF, the roster checks shown by field, changes that routing sees
 * at once, tokens and their revocation, and the not-understood queue turning
 * a message into an example phrasing.
 */
class AdminOperationsHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ROSTER = """
            technologists:
              - name: Alex Rivera
                slack: UALEX
                email: alex@uni.example
                timezone: UTC
                hours: {mon: "00:00-23:59", tue: "00:00-23:59", wed: "00:00-23:59", thu: "00:00-23:59", fri: "00:00-23:59", sat: "00:00-23:59", sun: "00:00-23:59"}
                expertise: [live-engagement]
                capacity: 4
                available: true
              - name: Chen Wu
                slack: UCHEN
                email: chen@uni.example
                timezone: UTC
                hours: {mon: "09:00-17:00"}
                expertise: [lecture-recording]
                capacity: 3
                available: true
            """;

    @TempDir
    Path folder;

    static List<String> databases() {
        return AdminConsoleFixture.databases();
    }

    private AdminConsoleFixture start(String database) {
        AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of());
        Doorway running = doorway.running().doorway();
        new org.doorway.handoff.roster.RosterImport(running.database(), new JdbiRoster(running.database()),
                RosterCommand.expertise(running.catalogue().load())).importYaml(ROSTER, false);
        return doorway;
    }

    private static Map<String, String> form(AdminConsoleFixture.Visitor visitor, String path) throws Exception {
        return new HashMap<>(HtmlForm.fields(visitor.get(path).body(), path));
    }

    private static Technologist alex(AdminConsoleFixture doorway) {
        return new JdbiRoster(doorway.running().doorway().database()).find("alex@uni.example").orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unauthenticated_isSentToSignIn_andTheApiAnswers401(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            for (String path : List.of("/admin/roster", "/admin/queues/handoffs", "/admin/queues/unclear",
                    "/admin/roster/alex%40uni.example", "/admin/audit/export")) {
                HttpResponse<String> page = doorway.visitor().get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(303);
                assertThat(page.headers().firstValue("Location")).hasValue("/admin/sign-in");
            }
            HttpResponse<String> api = new AdminApiFixture(doorway.running().web().port(), null).get("/roster");
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(JSON.readTree(api.body()).path("error").path("code").asText()).isEqualTo("unauthenticated");
            assertThat(new AdminApiFixture(doorway.running().web().port(), "dwa_guessed").get("/roster").statusCode())
                    .isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void leave_withAProblemShownByItsField_thenSaved_auditedAndSeenByRouting(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            var admin = doorway.visitor().signedInAs("head@uni.example", Role.ADMIN);
            String path = "/admin/roster/alex%40uni.example";
            Map<String, String> fields = form(admin, path);
            fields.put("away.0.from", "2026-13-01");
            fields.put("away.0.to", "2026-12-24");
            HttpResponse<String> refused = admin.post(path, fields);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("Nothing was saved", "id=\"f-away-0-from-problem\"", "is not a date");
            assertThat(alex(doorway).away()).isEmpty();

            LocalDate today = doorway.clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
            fields.put("away.0.from", today.toString());
            fields.put("away.0.to", today.plusDays(2).toString());
            HttpResponse<String> saved = admin.post(path, fields);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(saved.body()).contains("Saved.");
            assertThat(alex(doorway).isAbsentOn(today)).isTrue();
            AuditEntry entry = doorway.audit().get(0);
            assertThat(entry.action()).isEqualTo("roster.update");
            assertThat(entry.subject()).isEqualTo("technologist:alex@uni.example");
            assertThat(entry.before()).doesNotContain(today.toString());
            assertThat(entry.after()).contains(today.toString());
            // Alex was the only one on duty at any hour; on leave now, nobody is.
            var desk = doorway.running().handoff().desk();
            assertThat(desk.availability(HandoffRequest.Kind.TEACHING, List.of("live-engagement")).someoneNow())
                    .as("routing sees the leave at once").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void closure_keepsEveryoneOffDuty_fromTheNextRequest(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            var desk = doorway.running().handoff().desk();
            assertThat(desk.availability(HandoffRequest.Kind.TEACHING, List.of()).someoneNow()).isTrue();
            var admin = doorway.visitor().signedInAs("head@uni.example", Role.ADMIN);
            Map<String, String> fields = HtmlForm.fields(admin.get("/admin/roster").body(), "/admin/roster/closures");
            LocalDate today = doorway.clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
            Map<String, String> closure = Map.of("csrf", fields.get("csrf"), "name", "Snow day", "from", today.toString(), "to", "");
            HttpResponse<String> added = admin.post("/admin/roster/closures", closure);
            assertThat(added.statusCode()).isEqualTo(200);
            assertThat(added.body()).contains("Closure added", "Snow day");
            assertThat(desk.availability(HandoffRequest.Kind.TEACHING, List.of()).someoneNow()).isFalse();
            assertThat(doorway.audit().get(0).action()).isEqualTo("closure.add");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void wrongRole_andMissingCsrf_areRefusedWithNothingChanged(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            String path = "/admin/roster/alex%40uni.example";
            var viewer = doorway.visitor().signedInAs("viewer@uni.example", Role.VIEWER);
            Map<String, String> viewed = form(viewer, path);
            viewed.put("capacity", "9");
            assertThat(viewer.post(path, viewed).statusCode()).isEqualTo(403);

            var chen = doorway.visitor().signedInAs("chen@uni.example", Role.TECHNOLOGIST);
            Map<String, String> chenOnAlex = form(chen, path);
            chenOnAlex.put("capacity", "9");
            assertThat(chen.post(path, chenOnAlex).statusCode()).isEqualTo(403);
            assertThat(chen.get("/admin/roster/new").statusCode()).isEqualTo(403);

            var alex = doorway.visitor().signedInAs("alex@uni.example", Role.TECHNOLOGIST);
            Map<String, String> own = form(alex, path);
            own.put("capacity", "9");
            own.put("hours.sat", "");
            own.remove("csrf");
            assertThat(alex.post(path, own).statusCode()).isEqualTo(403);
            own.put("csrf", "wrong");
            assertThat(alex.post(path, own).statusCode()).isEqualTo(403);
            assertThat(alex(doorway).capacity()).isEqualTo(4);
            assertThat(doorway.audit()).isEmpty();

            own.put("csrf", form(alex, path).get("csrf"));
            HttpResponse<String> saved = alex.post(path, own);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(alex(doorway).hours().on(java.time.DayOfWeek.SATURDAY)).as("their own hours").isEmpty();
            assertThat(alex(doorway).capacity()).as("not theirs to change").isEqualTo(4);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void api_readsAndWritesTheRosterWithTheSameChecks_andRefusesRevokedTokens(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            int port = doorway.running().web().port();
            AdminApiFixture viewer = new AdminApiFixture(port, doorway.apiToken(Role.VIEWER));
            HttpResponse<String> read = viewer.get("/roster/alex%40uni.example");
            assertThat(read.statusCode()).isEqualTo(200);
            String etag = read.headers().firstValue("ETag").orElseThrow();
            assertThat(viewer.send("PUT", "/roster/alex%40uni.example", read.body(), "If-Match", etag).statusCode())
                    .isEqualTo(403);
            assertThat(viewer.get("/audit").statusCode()).isEqualTo(403);

            var tokens = AdminWiring.tokens(doorway.running().doorway().stores(), doorway.running().doorway().clock());
            var issued = tokens.create(Role.ADMIN, "sync");
            AdminApiFixture admin = new AdminApiFixture(port, issued.token());
            com.fasterxml.jackson.databind.node.ObjectNode alex = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(read.body());
            alex.put("capacity", 0);
            assertThat(admin.send("PUT", "/roster/alex%40uni.example", alex.toString()).statusCode()).isEqualTo(428);
            HttpResponse<String> invalid = admin.send("PUT", "/roster/alex%40uni.example", alex.toString(), "If-Match", etag);
            assertThat(invalid.statusCode()).isEqualTo(422);
            JsonNode problem = JSON.readTree(invalid.body()).path("error").path("problems").get(0);
            assertThat(problem.path("field").asText()).isEqualTo("capacity");
            assertThat(problem.path("problem").asText()).contains("must be at least 1");
            alex.put("capacity", 6);
            HttpResponse<String> saved = admin.send("PUT", "/roster/alex%40uni.example", alex.toString(), "If-Match", etag);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(alex(doorway).capacity()).isEqualTo(6);
            assertThat(admin.send("PUT", "/roster/alex%40uni.example", alex.toString(), "If-Match", etag).statusCode())
                    .as("the old version").isEqualTo(412);
            assertThat(admin.send("POST", "/roster", "{not json").statusCode()).isEqualTo(400);
            assertThat(admin.send("POST", "/roster", "{\"name\":\"" + "x".repeat(70_000) + "\"}").statusCode()).isEqualTo(413);
            assertThat(doorway.audit().get(0).actor()).isEqualTo("token:" + issued.id() + ":sync");

            HttpResponse<String> csv = admin.get("/audit?format=csv&subject=technologist:*");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).startsWith("id,at,actor,action,subject,before,after").contains("roster.update");
            JsonNode json = JSON.readTree(admin.get("/audit?subject=" + URLEncoder.encode("technologist:alex@uni.example",
                    StandardCharsets.UTF_8)).body());
            assertThat(json.path("entries")).hasSize(1);
            assertThat(json.path("entries").get(0).path("after").path("capacity").asInt()).isEqualTo(6);
            assertThat(admin.get("/audit?from=yesterday").statusCode()).isEqualTo(400);

            assertThat(tokens.revoke(issued.id())).isTrue();
            assertThat(admin.get("/roster").statusCode()).isEqualTo(401);
            assertThat(admin.get("/tools").statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void giveTo_goesThroughTheOneTransferPath_inTheConsoleAndTheApi_andShowsARefusal(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            Doorway running = doorway.running().doorway();
            ConversationKey staff = new ConversationKey("slack", "UJANE", "DJANE");
            long request = running.stores().requests().open(staff, "students never speak in my seminar",
                    doorway.clock().instant());
            String id = doorway.running().handoff().desk().request(new HandoffRequest(request, staff, "Jane Smith",
                    HandoffRequest.Kind.TEACHING, "students never speak in my seminar", List.of("live-engagement"),
                    List.of(), List.of(), doorway.clock().instant())).handoffId();
            String action = "/admin/queues/handoffs/" + id + "/reassign";
            var technologist = doorway.visitor().signedInAs("alex@uni.example", Role.TECHNOLOGIST);
            Map<String, String> fields = new HashMap<>(HtmlForm.fields(technologist.get("/admin/queues/handoffs").body(),
                    action));

            assertThat(technologist.post(action, fields).statusCode()).as("nobody chosen").isEqualTo(422);
            fields.put("to", "chen@uni.example");
            HttpResponse<String> given = technologist.post(action, fields);
            assertThat(given.statusCode()).isEqualTo(200);
            assertThat(given.body()).contains("is now with Chen Wu", "Jane Smith has been told", "notice-ok");
            assertThat(doorway.running().handoff().desk().find(id).orElseThrow().technologistId())
                    .hasValue("chen@uni.example");
            assertThat(doorway.running().handoff().desk().history(id)).anySatisfy(entry -> {
                assertThat(entry.event()).isEqualTo(org.doorway.handoff.HistoryEntry.Event.TRANSFERRED);
                assertThat(entry.detail()).isEqualTo("to Chen Wu by alex@uni.example");
            });
            HttpResponse<String> again = technologist.post(action, fields);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("Chen Wu already has this request.", "notice-warn");

            int port = doorway.running().web().port();
            assertThat(new AdminApiFixture(port, doorway.apiToken(Role.VIEWER))
                    .send("POST", "/handoffs/" + id + "/reassign", "{\"to\":\"alex@uni.example\"}").statusCode())
                    .isEqualTo(403);
            AdminApiFixture api = new AdminApiFixture(port, doorway.apiToken(Role.TECHNOLOGIST));
            HttpResponse<String> back = api.send("POST", "/handoffs/" + id + "/reassign", "{\"to\":\"alex@uni.example\"}");
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
            assertThat(JSON.readTree(back.body()).path("state").asText()).isEqualTo("offered");
            HttpResponse<String> refused = api.send("POST", "/handoffs/" + id + "/reassign", "{\"to\":\"alex@uni.example\"}");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(refused.body()).path("error").path("message").asText())
                    .isEqualTo("Alex Rivera already has this request.");
            assertThat(api.send("POST", "/handoffs/" + id + "/reassign", "{}").statusCode()).isEqualTo(422);
            assertThat(api.send("POST", "/handoffs/999999/reassign", "{\"to\":\"alex@uni.example\"}").statusCode())
                    .isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reportsApi_sitsBehindTheSameBearerTokens_notTheConsoleCookie(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            int port = doorway.running().web().port();
            HttpResponse<String> none = new AdminApiFixture(port, null).get("/reports");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(none.body()).path("error").path("code").asText()).isEqualTo("unauthenticated");
            assertThat(doorway.visitor().signedInAs("head@uni.example", Role.ADMIN).get("/api/admin/v1/reports")
                    .statusCode()).as("a console session is not an API token").isEqualTo(401);

            var tokens = AdminWiring.tokens(doorway.running().doorway().stores(), doorway.running().doorway().clock());
            var issued = tokens.create(Role.VIEWER, "dashboard");
            AdminApiFixture viewer = new AdminApiFixture(port, issued.token());
            HttpResponse<String> summary = viewer.get("/reports");
            assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
            assertThat(JSON.readTree(summary.body()).isObject()).isTrue();
            assertThat(viewer.get("/reports/requests?format=csv").statusCode()).isEqualTo(200);

            assertThat(tokens.revoke(issued.id())).isTrue();
            assertThat(viewer.get("/reports").statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void notUnderstood_becomesAnExamplePhrasingForTheClassifier(String database) throws Exception {
        try (AdminConsoleFixture doorway = start(database)) {
            Doorway running = doorway.running().doorway();
            ConversationKey key = new ConversationKey("slack", "U1", "D1");
            long request = running.stores().requests().open(key, "my seminar group never talks in the chat",
                    doorway.clock().instant());
            running.stores().requests().classified(request, "need", "live-engagement", 0.41);
            running.stores().requests().event(request, "need-chosen", "live-engagement", doorway.clock().instant());
            var technologist = doorway.visitor().signedInAs("alex@uni.example", Role.TECHNOLOGIST);
            HttpResponse<String> queue = technologist.get("/admin/queues/unclear");
            assertThat(queue.body()).contains("my seminar group never talks in the chat", "Doorway was unsure");
            String action = "/admin/queues/unclear/" + request + "/phrasing";
            Map<String, String> fields = HtmlForm.fields(queue.body(), action);
            assertThat(fields.get("need")).isEqualTo("live-engagement");
            HttpResponse<String> kept = technologist.post(action, fields);
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).contains("Kept as an example phrasing");
            assertThat(new JdbiLearningQueue(running.database()).phrasingsByNeed())
                    .containsEntry("live-engagement", List.of("my seminar group never talks in the chat"));
            assertThat(technologist.get("/admin/queues/unclear").body()).doesNotContain("never talks in the chat");
            assertThat(technologist.post(action, fields).statusCode()).as("dealt with already").isEqualTo(409);

            long unmet = running.stores().requests().open(key, "students want to build a shared timeline",
                    doorway.clock().instant());
            running.stores().requests().classified(unmet, "need", "group-work", 0.38);
            running.stores().requests().event(unmet, "need-chosen", "group-work", doorway.clock().instant());
            String start = "/admin/queues/unclear/" + unmet + "/new-tool";
            Map<String, String> newTool = HtmlForm.fields(technologist.get("/admin/queues/unclear").body(), start);
            HttpResponse<String> toForm = technologist.post(start, newTool);
            assertThat(toForm.statusCode()).isEqualTo(303);
            String location = toForm.headers().firstValue("Location").orElseThrow();
            assertThat(location).isEqualTo("/admin/tools/new?need=group-work");
            assertThat(technologist.get(location).body()).as("the need is chosen in the new tool's first row")
                    .containsPattern("<option value=\"group-work\" selected");
            assertThat(technologist.get("/admin/tools/new?need=no-such-need").body()).doesNotContain("no-such-need");
        }
    }
}
