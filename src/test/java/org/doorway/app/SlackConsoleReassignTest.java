package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.SlackHandoffWorld.dmOf;
import static org.doorway.app.SlackHandoffWorld.groupOf;
import static org.doorway.app.SlackHandoffWorld.text;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.doorway.TestClock;
import org.doorway.admin.Role;
import org.doorway.handoff.Handoff;
import org.doorway.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Give to…" in the admin console, end to end on Slack: a staff member's
 * request reaches Alex through signed Slack events, an admin signs in by link
 * and gives it to Chen on the open-handoffs page, and the fake Slack Web API
 * sees Chen get the summary, Alex's summary rewritten without buttons, and
 * the staff member told who has it now.
 */
class SlackConsoleReassignTest {
    @TempDir
    Path folder;

    @Test
    void anAdminGivesAnOpenHandoffToAColleague_andSlackShowsItToEveryone() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, SlackHandoffTest.ROSTER,
                TestClock.at(SlackHandoffTest.MONDAY_2PM))) {
            world.doorway.warmUp();
            FakeSlackApi.Call summary = SlackHandoffTest.alexHasAStaffRequest(world);
            String id = SlackHandoffTest.onlyHandoffOf(world, summary).handoffId();

            Browser admin = new Browser(world.doorway);
            admin.signIn(world.doorway.adminLink("head@uni.example", Role.ADMIN));
            String action = "/admin/queues/handoffs/" + id + "/reassign";
            Map<String, String> form = new HashMap<>(HtmlForm.fields(admin.get("/admin/queues/handoffs").body(), action));
            form.put("to", "chen@uni.example");
            HttpResponse<String> given = admin.post(action, form);
            assertThat(given.statusCode()).isEqualTo(200);
            assertThat(given.body()).contains("is now with Chen Wu");

            FakeSlackApi.Call chenSummary = world.awaitPost("the summary for Chen", groupOf(SlackHandoffTest.STAFF,
                    SlackHandoffTest.CHEN), "Teaching question");
            assertThat(text(chenSummary)).contains("transferred to you by head@uni.example", "I've got this");
            world.awaitPost("staff told who has it", dmOf(SlackHandoffTest.STAFF), "Your request is now with Chen Wu");
            FakeSlackApi.Call alexNow = world.await("Alex's summary rewritten", "chat.update", call -> summary.ts()
                    .equals(call.param("ts")) && text(call).contains("transferred it to Chen Wu"));
            assertThat(SlackHandoffWorld.buttonValues(alexNow)).isEmpty();
            Handoff handoff = SlackHandoffTest.onlyHandoffOf(world, summary);
            assertThat(handoff.technologistId()).hasValue("chen@uni.example");
            assertThat(handoff.state()).isEqualTo(Handoff.State.OFFERED);
        }
    }

    /** The console as a browser without a browser: its own cookies, no redirects followed. */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        Browser(EmbeddedDoorway doorway) {
            this.base = "http://127.0.0.1:" + doorway.port();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String link) throws Exception {
            HttpResponse<String> signedIn = post("/admin/sign-in/link",
                    HtmlForm.fields(get(link).body(), "/admin/sign-in/link"));
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
