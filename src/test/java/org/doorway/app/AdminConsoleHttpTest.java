package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.doorway.admin.Role;
import org.doorway.catalogue.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin console over real Jetty and a real database, as a browser without script would use it. */
class AdminConsoleHttpTest {
    @TempDir
    Path folder;

    static List<String> databases() {
        return AdminConsoleFixture.databases();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unauthenticated_isSentToSignIn(String database) throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of())) {
            var visitor = doorway.visitor();
            HttpResponse<String> page = visitor.get("/admin/tools");
            assertThat(page.statusCode()).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).hasValue("/admin/sign-in");
            HttpResponse<String> fragment = visitor.get("/admin/tools?q=quiz", "HX-Request", "true");
            assertThat(fragment.statusCode()).isEqualTo(401);
            assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/admin/sign-in");
            String id = doorway.firstToolId();
            HttpResponse<String> post = visitor.post("/admin/tools/" + id, Map.of("name", "Changed"));
            assertThat(post.statusCode()).isEqualTo(401);
            assertThat(doorway.tool(id).name()).isNotEqualTo("Changed");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void signInLink_opensOnlyOnThePostAndWorksOnce(String database) throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of())) {
            String link = doorway.link("Alex@Uni.example", Role.TECHNOLOGIST);
            var scanner = doorway.visitor();
            assertThat(scanner.get(link).statusCode()).isEqualTo(200);
            assertThat(scanner.get(link).body()).contains("Sign in</button>");

            var latecomer = doorway.visitor();
            Map<String, String> latecomersForm = HtmlForm.fields(latecomer.get(link).body(), "/admin/sign-in/link");
            var person = doorway.visitor();
            HttpResponse<String> signedIn = person.signIn(link);
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin/tools");
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("doorway_admin=").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/admin")
                    .doesNotContain("Secure"));
            HttpResponse<String> tools = person.get("/admin/tools");
            assertThat(tools.statusCode()).isEqualTo(200);
            assertThat(tools.body()).contains("alex@uni.example").contains("technologist");

            assertThat(doorway.visitor().get(link).statusCode()).isEqualTo(410);
            HttpResponse<String> again = latecomer.post("/admin/sign-in/link", latecomersForm);
            assertThat(again.statusCode()).isEqualTo(410);
            assertThat(again.body()).contains("expired or was already used");
            assertThat(again.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("doorway_admin="));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void expiredLink_isRefused(String database) throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of())) {
            String link = doorway.link("alex@uni.example", Role.ADMIN);
            doorway.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
            var visitor = doorway.visitor();
            assertThat(visitor.get(link).statusCode()).isEqualTo(410);
            assertThat(visitor.get("/admin/tools").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void linkPostedWithoutItsFormCookie_isRefusedAndStillUsable() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            String link = doorway.link("alex@uni.example", Role.ADMIN);
            String token = link.substring(link.indexOf("token=") + 6);
            HttpResponse<String> forged = doorway.visitor().post("/admin/sign-in/link", Map.of("token", token, "form", "x"));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(doorway.visitor().signIn(link).statusCode()).isEqualTo(303);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void missingOrWrongCsrfToken_isForbiddenAndChangesNothing(String database) throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of())) {
            var admin = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            String id = doorway.firstToolId();
            Tool before = doorway.tool(id);
            Map<String, String> form = editForm(admin, id);
            form.put("name", "Renamed without a token");
            form.remove("csrf");
            HttpResponse<String> missing = admin.post("/admin/tools/" + id, form);
            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(missing.body()).contains("nothing was changed");
            form.put("csrf", "not-the-token");
            assertThat(admin.post("/admin/tools/" + id, form).statusCode()).isEqualTo(403);
            assertThat(doorway.tool(id)).isEqualTo(before);
            assertThat(doorway.audit()).isEmpty();
        }
    }

    @Test
    void viewer_mayReadButNotSaveNorSeeTheAuditLog() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var viewer = doorway.visitor().signedInAs("vic@uni.example", Role.VIEWER);
            String id = doorway.firstToolId();
            HttpResponse<String> page = viewer.get("/admin/tools/" + id);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(">Save as draft</button>");
            Map<String, String> form = new java.util.HashMap<>(HtmlForm.fields(page.body(), "/admin/tools/" + id));
            form.put("name", "Viewer was here");
            assertThat(viewer.post("/admin/tools/" + id, form).statusCode()).isEqualTo(403);
            assertThat(doorway.tool(id).name()).isNotEqualTo("Viewer was here");
            assertThat(viewer.get("/admin/audit").statusCode()).isEqualTo(403);
            var technologist = doorway.visitor().signedInAs("tam@uni.example", Role.TECHNOLOGIST);
            assertThat(technologist.get("/admin/audit").statusCode()).isEqualTo(403);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void editWithAProblem_showsItByTheFieldThenTheFixIsADraftUntilASecondAdminPublishesIt(String database) throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of())) {
            var admin = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            String id = doorway.firstToolId();
            Tool before = doorway.tool(id);
            Map<String, String> form = editForm(admin, id);
            form.put("url", "ftp://files.example/tool");
            form.put("needs.0.strength", "7");
            HttpResponse<String> invalid = admin.post("/admin/tools/" + id, form);
            assertThat(invalid.statusCode()).isEqualTo(422);
            assertThat(invalid.body()).contains("Nothing was saved: 2 problems")
                    .contains("id=\"f-url-problem\">'ftp://files.example/tool' is not a valid http(s) link")
                    .contains("aria-invalid=\"true\"")
                    .contains("'strength' is 7, not a whole number from 1 to 3");
            assertThat(doorway.tool(id)).isEqualTo(before);

            form.put("url", "https://tools.example/new-home");
            form.put("needs.0.strength", "2");
            form.put("version", HtmlForm.fields(invalid.body(), "/admin/tools/" + id).get("version"));
            HttpResponse<String> saved = admin.post("/admin/tools/" + id, form);
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).startsWith("/admin/reviews/"));
            assertThat(admin.get(saved.headers().firstValue("Location").orElseThrow()).body()).contains("Saved as a draft")
                    .contains("https://tools.example/new-home");
            assertThat(doorway.tool(id)).as("a draft changes nothing staff see").isEqualTo(before);
            assertThat(doorway.audit()).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo("alex@uni.example");
                assertThat(entry.action()).isEqualTo("tool.draft");
                assertThat(entry.subject()).isEqualTo(id);
                assertThat(entry.before()).contains(before.url());
                assertThat(entry.after()).contains("https://tools.example/new-home");
            });

            var second = doorway.visitor().signedInAs("sam@uni.example", Role.ADMIN);
            String draft = saved.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
            HttpResponse<String> published = second.post(draft + "/approve", HtmlForm.fields(second.get(draft).body(), draft + "/approve"));
            assertThat(published.statusCode()).isEqualTo(303);
            assertThat(doorway.tool(id).url()).isEqualTo("https://tools.example/new-home");
            assertThat(doorway.tool(id).needs().get(0).strength()).isEqualTo(2);
            HttpResponse<String> log = admin.get("/admin/audit");
            assertThat(log.statusCode()).isEqualTo(200);
            assertThat(log.body()).contains("sam@uni.example").contains("Approved and published").contains("https://tools.example/new-home");
        }
    }

    @Test
    void saveOvertakenByAPublish_isRefusedAndShowsThePublishedVersion() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var first = doorway.visitor().signedInAs("a@uni.example", Role.ADMIN);
            var second = doorway.visitor().signedInAs("b@uni.example", Role.TECHNOLOGIST);
            var approver = doorway.visitor().signedInAs("c@uni.example", Role.ADMIN);
            String id = doorway.firstToolId();
            Map<String, String> one = editForm(first, id);
            Map<String, String> two = editForm(second, id);
            one.put("licence", "Site licence until 2028");
            two.put("cost-to-students", "Five pounds a year");
            HttpResponse<String> drafted = first.post("/admin/tools/" + id, one);
            assertThat(drafted.statusCode()).isEqualTo(303);
            String draft = drafted.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
            assertThat(approver.post(draft + "/approve", HtmlForm.fields(approver.get(draft).body(), draft + "/approve"))
                    .statusCode()).isEqualTo(303);
            HttpResponse<String> late = second.post("/admin/tools/" + id, two);
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(late.body()).contains("Someone else published this entry");
            assertThat(doorway.tool(id).licence()).isEqualTo("Site licence until 2028");
            assertThat(doorway.tool(id).costToStudents()).isNotEqualTo("Five pounds a year");
        }
    }

    @Test
    void overlongInput_isRefusedWithItsLimit() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var admin = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            String id = doorway.firstToolId();
            Map<String, String> form = editForm(admin, id);
            form.put("name", "x".repeat(401));
            HttpResponse<String> answer = admin.post("/admin/tools/" + id, form);
            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains("more than the 400 allowed");
            assertThat(doorway.tool(id).name()).isNotEqualTo("x".repeat(400));
        }
    }

    @Test
    void everyAnswer_carriesSecurityHeadersAndNoServerVersionOrTrace() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var admin = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            for (String path : List.of("/admin/sign-in", "/admin/tools", "/admin/no-such-page", "/admin/tools/no-such-tool")) {
                HttpResponse<String> answer = admin.get(path);
                assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                        assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'")
                                .doesNotContain("unsafe-inline"));
                assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
                assertThat(answer.headers().firstValue("Server")).isEmpty();
                assertThat(answer.body()).doesNotContain("Jetty").doesNotContain("Exception").doesNotContain("at org.");
            }
            assertThat(admin.get("/admin/no-such-page").statusCode()).isEqualTo(404);
            assertThat(doorway.visitor().get("/admin/static/htmx-2.0.11.min.js").body()).contains("htmx");
        }
    }

    @Test
    void searchAndFilters_narrowTheList_andHtmxGetsOnlyTheResults() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var viewer = doorway.visitor().signedInAs("vic@uni.example", Role.VIEWER);
            Tool tool = doorway.tool(doorway.firstToolId());
            HttpResponse<String> all = viewer.get("/admin/tools");
            HttpResponse<String> some = viewer.get("/admin/tools?q=" + java.net.URLEncoder.encode(tool.name(),
                    java.nio.charset.StandardCharsets.UTF_8) + "&need=" + tool.needs().get(0).need(), "HX-Request", "true");
            assertThat(some.statusCode()).isEqualTo(200);
            assertThat(some.body()).doesNotContain("<html").contains(">" + tool.name() + "</a>").contains(" of ");
            assertThat(all.body()).contains("<html");
            HttpResponse<String> overdue = viewer.get("/admin/tools?overdue=true&protection=not_recorded&support=pilot");
            assertThat(overdue.statusCode()).isEqualTo(200);
            assertThat(all.body()).contains("65 tools, showing 1 to 50").contains("href=\"/admin/tools?page=2\"");
            HttpResponse<String> second = viewer.get("/admin/tools?page=2");
            assertThat(second.body()).contains("showing 51 to 65").contains("?page=1").doesNotContain("?page=3");
        }
    }

    @Test
    void signInAttempts_areRateLimited() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var guesser = doorway.visitor();
            int limited = 0;
            for (int i = 0; i < 25; i++) {
                if (guesser.get("/admin/sign-in/link?token=guess" + i).statusCode() == 429) {
                    limited++;
                }
            }
            assertThat(limited).isEqualTo(5);
        }
    }

    @Test
    void httpsPublicAddress_makesTheCookiesSecure() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder,
                Map.of("PUBLIC_URL", "https://doorway.uni.example"))) {
            HttpResponse<String> opened = doorway.visitor().get(doorway.link("alex@uni.example", Role.ADMIN));
            assertThat(opened.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                    assertThat(cookie).startsWith("doorway_admin_form=").contains("; Secure"));
        }
    }

    @Test
    void signOut_endsTheSession() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var admin = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            Map<String, String> form = HtmlForm.fields(admin.get("/admin/tools").body(), "/admin/sign-out");
            assertThat(admin.post("/admin/sign-out", form).statusCode()).isEqualTo(303);
            assertThat(admin.get("/admin/tools").statusCode()).isEqualTo(303);
        }
    }

    /** The fields a browser would post from the entry's edit form, to change before posting. */
    private static Map<String, String> editForm(AdminConsoleFixture.Visitor visitor, String id) throws Exception {
        return new java.util.HashMap<>(HtmlForm.fields(visitor.get("/admin/tools/" + id).body(), "/admin/tools/" + id));
    }
}
