package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.doorway.admin.Role;
import org.doorway.config.DatabaseSettings;
import org.doorway.conversation.ConversationKey;
import org.doorway.store.Database;
import org.doorway.store.JdbiRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /admin/reports, /api/admin/v1/reports and /metrics as serve mounts them on
 * SQLite: the page's tiles and their drill-downs, the CSV export, sign-in first.
 */
class ReportsPageTest {
    @TempDir
    Path folder;

    @Test
    void reports_showFiguresWhoseDrillDownsAndExportsAddUp() throws Exception {
        Path directory = folder.resolve("departments.csv");
        java.nio.file.Files.writeString(directory, "department,platform,user id\nChemistry,slack,U0\nChemistry,slack,U3\n"
                + "History,slack,U1\n");
        try (AdminConsoleFixture doorway = AdminConsoleFixture.start("sqlite", folder, Map.of("DEPARTMENTS_FILE",
                directory.toString(), "TERM_DATES", "Whole year=2020-01-01..2040-12-31"))) {
            Instant now = doorway.clock().instant();
            try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + folder.resolve("d.db"),
                    Optional.empty(), Optional.empty(), 2))) {
                JdbiRequests requests = new JdbiRequests(database);
                for (int person = 0; person < 3; person++) {
                    long id = requests.open(new ConversationKey("slack", "U" + person, "D" + person), "<b>quiz</b>",
                            now.minusSeconds(3600));
                    requests.classified(id, "need", "formative-quiz", 0.9);
                    requests.event(id, "suggested", "formative-quiz: moodle-quiz", now.minusSeconds(3500));
                    if (person == 0) {
                        requests.event(id, "reaction", "looks right", now.minusSeconds(3400));
                    }
                }
                for (int person = 3; person < 6; person++) {
                    long id = requests.open(new ConversationKey("slack", "U" + person, "D" + person),
                            "Can my students annotate the shared reading together?", now.minusSeconds(3000));
                    requests.classified(id, "need", "formative-quiz", 0.9);
                    requests.event(id, "suggested", "formative-quiz: moodle-quiz", now.minusSeconds(2900));
                    requests.event(id, "reaction", "show other options", now.minusSeconds(2800));
                }
            }
            String today = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
            String range = "from=" + LocalDate.parse(today).minusDays(2) + "&to=" + LocalDate.parse(today).plusDays(1);

            AdminConsoleFixture.Visitor stranger = doorway.visitor();
            assertThat(stranger.get("/admin/reports").statusCode()).isEqualTo(303);
            assertThat(stranger.get("/api/admin/v1/reports").statusCode()).isEqualTo(401);

            AdminConsoleFixture.Visitor viewer = doorway.visitor().signedInAs("viewer@uni.example", Role.VIEWER);
            HttpResponse<String> page = viewer.get("/admin/reports?" + range);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
            assertThat(page.body()).contains("<svg class=\"chart\" role=\"img\"", "Self-served (a suggestion accepted",
                    "figure=self-served", "Requests by department", "Chemistry", "Whole year, week ",
                    "What people keep asking for", "annotate, reading, shared").doesNotContain("<script>");
            String keep = System.getProperty("doorway.reports.page");
            if (keep != null) {
                // docs/ screenshots: the page as served, saved for a headless browser (see docs/metrics.md)
                java.nio.file.Files.writeString(Path.of(keep), page.body());
            }
            HttpResponse<String> drill = viewer.get("/admin/reports/requests?figure=suggested-only&" + range);
            assertThat(drill.body()).contains("5 requests");
            assertThat(viewer.get("/admin/reports/requests?figure=asks:annotat%2Bread%2Bshar&" + range).body())
                    .contains("3 requests");
            HttpResponse<String> csv = viewer.get("/admin/reports/requests.csv?figure=requests&" + range);
            assertThat(csv.body().lines().count()).isEqualTo(1 + 6);
            assertThat(csv.body().lines().filter(line -> line.contains(",Chemistry,")).count()).isEqualTo(2);
            assertThat(csv.body()).doesNotContain("U0", "U1", "<b>");
            assertThat(viewer.get("/admin/reports?from=yesterday").body()).contains("Dates are written like");

            // Requests per week by need: a real table with a caption and headers, each number a drill-down.
            assertThat(page.body()).contains("<caption>Requests per week (rows) by pedagogic need (columns)</caption>",
                    "<th scope=\"col\">formative-quiz</th>", "<th scope=\"row\">Whole year, week ",
                    "figure=week-need%3A");
            HttpResponse<String> grid = viewer.get("/admin/reports/week-need.csv?" + range);
            assertThat(grid.body().lines().findFirst().orElseThrow()).isEqualTo("week,week_label,formative-quiz,total");
            assertThat(grid.body().lines().skip(1).mapToInt(line -> Integer.parseInt(line.substring(
                    line.lastIndexOf(',') + 1))).sum()).isEqualTo(6);
            String bearer = "Bearer " + doorway.apiToken(Role.VIEWER);
            HttpResponse<String> api = viewer.get("/api/admin/v1/reports/week-need?" + range, "Authorization", bearer);
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("\"needs\" : [ \"formative-quiz\" ]", "\"total\" : 6");
            assertThat(viewer.get("/api/admin/v1/reports/week-need?format=csv&" + range, "Authorization", bearer)
                    .body()).isEqualTo(grid.body());
            HttpResponse<String> alchemy = viewer.get("/api/admin/v1/reports?department=Alchemy&" + range,
                    "Authorization", bearer);
            assertThat(alchemy.statusCode()).isEqualTo(400);
            assertThat(alchemy.body()).contains("No department is called 'Alchemy' in the directory");
            var history = new com.fasterxml.jackson.databind.ObjectMapper().readTree(viewer.get(
                    "/api/admin/v1/reports?department=History&" + range, "Authorization", bearer).body());
            assertThat(history.path("department").asText()).isEqualTo("History");
            assertThat(history.path("sections").get(0).path("figures").get(0).path("count").asInt()).isEqualTo(1);

            // A department: the filter on the page, its drill-downs and exports keep it; an unknown one is refused.
            HttpResponse<String> chemistry = viewer.get("/admin/reports?department=Chemistry&" + range);
            assertThat(chemistry.body()).contains("<option value=\"Chemistry\" selected>",
                    "department=Chemistry");
            assertThat(viewer.get("/admin/reports/requests.csv?figure=requests&department=Chemistry&" + range).body()
                    .lines().count()).isEqualTo(1 + 2);
            HttpResponse<String> unknown = viewer.get("/admin/reports?department=Alchemy&" + range);
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("No department is called 'Alchemy' in the directory");

            HttpResponse<String> metrics = viewer.get("/metrics");
            assertThat(metrics.body()).contains("doorway_requests{outcome=\"open\"} 6.0",
                    "doorway_handoffs_waiting 0.0", "doorway_outbox_depth{platform=\"slack\"}",
                    "doorway_inbox_backlog", "doorway_followups_due 0.0",
                    "doorway_classification_seconds_bucket{le=\"0.01\"}");
        }
    }
}
