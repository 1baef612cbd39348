package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorway.admin.Role;
import org.doorway.catalogue.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draft → review → publish, versions, rollback, new tools and end dates,
 * over real Jetty and a real database, as a browser without script uses them.
 */
class AdminReviewHttpTest {
    @TempDir
    Path folder;

    static List<String> databases() {
        return AdminConsoleFixture.databases();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void editorCannotApproveTheirOwnDraft_aSecondAdminPublishes_andSuggestionsUseItAtOnce(String database) throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of())) {
            var editor = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            Tool tool = doorway.tool(doorway.firstToolId());
            String need = tool.needs().get(0).need();
            Map<String, String> form = editForm(editor, tool.id());
            form.put("needs.0.strength", "1");
            form.put("name", tool.name() + " (reviewed)");
            String draft = draft(editor.post("/admin/tools/" + tool.id(), form));

            HttpResponse<String> own = editor.get(draft);
            assertThat(own.body()).contains("You saved this draft, so another admin approves it")
                    .doesNotContain("Approve and publish");
            HttpResponse<String> self = editor.post(draft + "/approve", Map.of("csrf", csrf(editor)));
            assertThat(self.statusCode()).isEqualTo(403);
            assertThat(self.body()).contains("Nothing was published");
            var technologist = doorway.visitor().signedInAs("tam@uni.example", Role.TECHNOLOGIST);
            assertThat(technologist.post(draft + "/approve", Map.of("csrf", csrf(technologist))).statusCode()).isEqualTo(403);
            assertThat(doorway.tool(tool.id())).isEqualTo(tool);

            var reviewer = doorway.visitor().signedInAs("sam@uni.example", Role.ADMIN);
            assertThat(reviewer.get("/admin/reviews").body()).contains(tool.name() + " (reviewed)").contains("alex@uni.example");
            HttpResponse<String> page = reviewer.get(draft);
            assertThat(page.body()).contains("Approve and publish").contains("Need 1 strength").contains("<ins>1</ins>");
            HttpResponse<String> missing = reviewer.post(draft + "/approve", Map.of());
            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(reviewer.post(draft + "/approve", Map.of("csrf", "wrong")).statusCode()).isEqualTo(403);
            assertThat(doorway.tool(tool.id())).isEqualTo(tool);

            HttpResponse<String> published = reviewer.post(draft + "/approve", Map.of("csrf", csrf(reviewer)));
            assertThat(published.statusCode()).isEqualTo(303);
            assertThat(published.headers().firstValue("Location")).hasValue("/admin/tools/" + tool.id() + "/history?published=2");
            assertThat(doorway.tool(tool.id()).name()).isEqualTo(tool.name() + " (reviewed)");
            assertThat(doorway.suggested(need)).contains(tool.id());
            assertThat(reviewer.post(draft + "/approve", Map.of("csrf", csrf(reviewer))).body())
                    .contains("already been decided");
            assertThat(doorway.audit()).extracting(entry -> entry.action()).containsExactly("tool.publish", "tool.draft");
        }
    }

    @Test
    void selfApprovalSetting_letsAOnePersonTeamPublishTheirOwnDraft() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of("ADMIN_SELF_APPROVAL", "true"))) {
            var admin = doorway.visitor().signedInAs("solo@uni.example", Role.ADMIN);
            String id = doorway.firstToolId();
            Map<String, String> form = editForm(admin, id);
            form.put("cost-to-students", "Free for students");
            String draft = draft(admin.post("/admin/tools/" + id, form));
            assertThat(admin.get(draft).body()).contains("Approve and publish");
            assertThat(admin.post(draft + "/approve", Map.of("csrf", csrf(admin))).statusCode()).isEqualTo(303);
            assertThat(doorway.tool(id).costToStudents()).isEqualTo("Free for students");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void history_showsEachVersionsChanges_andRollbackIsOneClickANewVersionAndAudited(String database) throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start(database, folder, Map.of())) {
            var alex = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            var sam = doorway.visitor().signedInAs("sam@uni.example", Role.ADMIN);
            Tool original = doorway.tool(doorway.firstToolId());
            String id = original.id();
            Map<String, String> form = editForm(alex, id);
            form.put("plan-b", "Hand out paper cards.");
            String draft = draft(alex.post("/admin/tools/" + id, form));
            assertThat(sam.post(draft + "/approve", Map.of("csrf", csrf(sam))).statusCode()).isEqualTo(303);

            HttpResponse<String> history = alex.get("/admin/tools/" + id + "/history");
            assertThat(history.body()).contains("Version 2").contains("Version 1").contains("Plan b")
                    .contains("<ins>Hand out paper cards.</ins>").contains("edited by alex@uni.example, approved by sam@uni.example")
                    .contains("Restore version 1").doesNotContain("Restore version 2");

            var technologist = doorway.visitor().signedInAs("tam@uni.example", Role.TECHNOLOGIST);
            assertThat(technologist.get("/admin/tools/" + id + "/history").body()).doesNotContain("Restore version");
            assertThat(technologist.post("/admin/tools/" + id + "/history/1/restore", Map.of("csrf", csrf(technologist)))
                    .statusCode()).isEqualTo(403);
            assertThat(alex.post("/admin/tools/" + id + "/history/1/restore", Map.of()).statusCode()).isEqualTo(403);
            assertThat(doorway.tool(id).planB()).isEqualTo("Hand out paper cards.");

            HttpResponse<String> restored = alex.post("/admin/tools/" + id + "/history/1/restore", Map.of("csrf", csrf(alex)));
            assertThat(restored.statusCode()).isEqualTo(303);
            assertThat(doorway.tool(id)).isEqualTo(original);
            assertThat(alex.get("/admin/tools/" + id + "/history?restored=3").body()).contains("Version 3")
                    .contains("Restored version 1").contains("Restored as version 3");
            assertThat(doorway.audit().get(0)).satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("tool.rollback");
                assertThat(entry.actor()).isEqualTo("alex@uni.example");
                assertThat(entry.before()).contains("Hand out paper cards.");
            });
        }
    }

    @Test
    void newTool_withProblemsIsRefusedByField_thenDraftedAndPublished_andSuggested() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var technologist = doorway.visitor().signedInAs("tam@uni.example", Role.TECHNOLOGIST);
            String need = doorway.tool(doorway.firstToolId()).needs().get(0).need();
            Map<String, String> form = new HashMap<>(HtmlForm.fields(technologist.get("/admin/tools/new").body(), "/admin/tools/new"));
            form.put("id", "Quiz Board");
            form.put("name", "Quiz Board");
            form.put("summary", "Quick quizzes on any phone.");
            form.put("needs.0.need", need);
            form.put("needs.0.how", "Ask three questions at the end of the lecture.");
            form.put("needs.0.strength", "3");
            form.put("guides.0.title", "Getting started");
            form.put("guides.0.format", "one-page");
            form.put("guides.0.url", "javascript:alert(1)");
            form.put("case-studies.0.title", "Quizzes in anatomy");
            form.put("case-studies.0.summary", "Three questions at the end of each lecture.");
            form.put("case-studies.0.url", "ftp://stories.example/anatomy");
            HttpResponse<String> refused = technologist.post("/admin/tools/new", form);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"f-id-problem\">tool id 'Quiz Board' is not lower-case kebab")
                    .contains("id=\"f-guides-0-url-problem\">")
                    .contains("id=\"f-case-studies-0-url-problem\">");
            assertThat(doorway.suggested(need)).doesNotContain("quiz-board");

            form.put("id", "quiz-board");
            form.put("guides.0.url", "https://guides.example/quiz-board");
            form.put("case-studies.0.url", "https://stories.example/anatomy");
            form.put("guides.1.title", "Live webinar");
            form.put("guides.1.format", "webinar");
            form.put("guides.1.url", "https://guides.example/quiz-board/webinar");
            form.put("guides.1.dates", "2030-01-14 14:00");
            form.put("guides.1.time-zone", "Europe/London");
            form.put("steps", "Open Quiz Board.\nAdd a question.");
            form.put("aliases", "QB");
            String draft = draft(technologist.post("/admin/tools/new", form));
            assertThat(doorway.suggested(need)).doesNotContain("quiz-board");
            var admin = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            assertThat(admin.get(draft).body()).contains("New tool: Quiz Board");
            assertThat(admin.post(draft + "/approve", Map.of("csrf", csrf(admin))).statusCode()).isEqualTo(303);
            Tool created = doorway.tool("quiz-board");
            assertThat(created.caseStudies()).singleElement().satisfies(study -> assertThat(study.url())
                    .isEqualTo("https://stories.example/anatomy"));
            assertThat(created.guides().get(1).dates()).hasSize(1);
            assertThat(created.steps()).containsExactly("Open Quiz Board.", "Add a question.");
            assertThat(created.aliases()).containsExactly("QB");
            assertThat(doorway.suggested(need)).contains("quiz-board");
        }
    }

    @Test
    void viewer_cannotDraftOrOpenTheNewToolForm_andRejectionClosesADraft() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var viewer = doorway.visitor().signedInAs("vic@uni.example", Role.VIEWER);
            assertThat(viewer.get("/admin/tools/new").statusCode()).isEqualTo(403);
            assertThat(viewer.post("/admin/tools/new", Map.of("csrf", csrf(viewer), "id", "x", "name", "X")).statusCode())
                    .isEqualTo(403);
            var editor = doorway.visitor().signedInAs("tam@uni.example", Role.TECHNOLOGIST);
            String id = doorway.firstToolId();
            Map<String, String> form = editForm(editor, id);
            form.put("licence", "Pending");
            String draft = draft(editor.post("/admin/tools/" + id, form));
            assertThat(viewer.post(draft + "/reject", Map.of("csrf", csrf(viewer))).statusCode()).isEqualTo(403);
            var admin = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            assertThat(admin.post(draft + "/reject", Map.of("csrf", csrf(admin), "note", "Not agreed yet")).statusCode())
                    .isEqualTo(303);
            assertThat(admin.get("/admin/reviews").body()).contains("Nothing is waiting");
            assertThat(doorway.tool(id).licence()).isNotEqualTo("Pending");
            assertThat(doorway.audit().get(0).action()).isEqualTo("tool.reject");
            assertThat(doorway.audit().get(0).after()).contains("Not agreed yet");
        }
    }

    @Test
    void approvalOrLicenceEnded_theToolIsNoLongerSuggested_andTheConsoleSaysWhy() throws Exception {
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of())) {
            var alex = doorway.visitor().signedInAs("alex@uni.example", Role.ADMIN);
            var sam = doorway.visitor().signedInAs("sam@uni.example", Role.ADMIN);
            Tool tool = doorway.tool(doorway.firstToolId());
            String need = tool.needs().get(0).need();
            assertThat(doorway.suggested(need)).contains(tool.id());
            Map<String, String> form = editForm(alex, tool.id());
            form.put("licence-until", "2020-07-31");
            String draft = draft(alex.post("/admin/tools/" + tool.id(), form));
            assertThat(sam.post(draft + "/approve", Map.of("csrf", csrf(sam))).statusCode()).isEqualTo(303);
            assertThat(doorway.suggested(need)).doesNotContain(tool.id());
            assertThat(alex.get("/admin/tools/" + tool.id()).body())
                    .contains("Not suggested to staff: its licence ended on 2020-07-31.");
            assertThat(alex.get("/admin/tools").body()).contains("not suggested: licence ended 2020-07-31");
        }
    }

    private static Map<String, String> editForm(AdminConsoleFixture.Visitor visitor, String id) throws Exception {
        return new HashMap<>(HtmlForm.fields(visitor.get("/admin/tools/" + id).body(), "/admin/tools/" + id));
    }

    /** The draft's page, from the redirect a successful save answers with. */
    private static String draft(HttpResponse<String> saved) {
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        return saved.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
    }

    private static String csrf(AdminConsoleFixture.Visitor visitor) throws Exception {
        return HtmlForm.fields(visitor.get("/admin/tools").body(), "/admin/sign-out").get("csrf");
    }
}
