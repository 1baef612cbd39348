package org.doorway.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.doorway.admin.AdminUser;
import org.doorway.admin.Drafting;
import org.doorway.admin.EntryVersion;
import org.doorway.admin.Reviewing;
import org.doorway.admin.Role;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;
import org.doorway.web.admin.CatalogueWorkflow;
import org.doorway.app.EmbeddedDoorway;
import org.doorway.catalogue.Catalogue;
import org.doorway.needs.NeedVocabulary;

/**
 * How long the admin console's pages take with a 5,000-tool catalogue:
 * Doorway as {@code serve} wires it on SQLite, one signed-in client on
 * loopback, each page fetched 300 times after 100 warm-up fetches, one at a
 * time. Times are whole round trips, so an upper bound on server time.
 * Run: see docs/benchmarks.md.
 */
public final class AdminConsoleTiming {
    private static final int WARM_UP = 100;
    private static final int MEASURED = 300;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("doorway-admin-timing");
        try (EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0", "LOG_LEVEL", "WARN",
                "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db")))) {
            Catalogue catalogue = SyntheticCatalogue.of(NeedVocabulary.bundled().needs(), 5_000);
            doorway.replaceCatalogue(catalogue);
            doorway.importRoster(roster(40));
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            signIn(http, doorway.adminLink("timing@uni.example", Role.ADMIN));
            String base = "http://127.0.0.1:" + doorway.port();
            String tool = catalogue.tools().get(2_500).id();
            System.out.println("Every page: " + WARM_UP + " warm-up fetches, then " + MEASURED + " measured, one at a time.");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("catalogue list, first page", "/admin/tools");
            pages.put("search and need filter (htmx fragment)", "/admin/tools?q=" + tool.substring(0, 6) + "&need="
                    + SyntheticCatalogue.EVERY_TOOL_NEED);
            pages.put("review overdue, page 20", "/admin/tools?overdue=true&page=20");
            pages.put("one entry's edit form", "/admin/tools/" + tool);
            pages.put("audit log", "/admin/audit");
            long draft = reviewed(doorway, catalogue.tools().get(2_500));
            pages.put("drafts waiting for review", "/admin/reviews");
            pages.put("one draft's changes (review page)", "/admin/reviews/" + draft);
            pages.put("an entry's history (22 versions)", "/admin/tools/" + tool + "/history");
            pages.put("new tool form", "/admin/tools/new");
            pages.put("roster (40 people)", "/admin/roster");
            pages.put("one person's page", "/admin/roster/t20@uni.example");
            pages.put("open handoffs (none open)", "/admin/queues/handoffs");
            pages.put("not understood (empty)", "/admin/queues/unclear");
            pages.put("case-study drafts (none)", "/admin/case-studies");
            pages.put("reports (no requests)", "/admin/reports");
            System.out.printf("%-42s %8s %8s %8s%n", "page (5,000 tools)", "median", "p99", "max");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Histogram micros = new Histogram(3);
                boolean fragment = page.getKey().contains("htmx");
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    long start = System.nanoTime();
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page.getValue()));
                    if (fragment) {
                        request.header("HX-Request", "true");
                    }
                    HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(page.getValue() + " answered " + answer.statusCode());
                    }
                    if (i >= WARM_UP) {
                        micros.recordValue((System.nanoTime() - start) / 1_000);
                    }
                }
                System.out.printf("%-42s %6.1f ms %6.1f ms %6.1f ms%n", page.getKey(), micros.getValueAtPercentile(50) / 1000.0,
                        micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0);
            }
        }
    }

    /** A roster of {@code people} technologists, each on weekday office hours. */
    private static String roster(int people) {
        StringBuilder yaml = new StringBuilder("technologists:\n");
        for (int i = 1; i <= people; i++) {
            yaml.append(String.format("""
                      - name: Technologist %02d
                        email: t%02d@uni.example
                        slack: U%05d
                        timezone: Europe/London
                        hours: {mon: "09:00-17:00", tue: "09:00-17:00", wed: "09:00-17:00", thu: "09:00-17:00", fri: "09:00-17:00"}
                        expertise: [live-engagement]
                        capacity: 4
                        available: true
                    """, i, i, i));
        }
        return yaml.toString();
    }

    /**
     * Publishes an edit of {@code tool} through review (so its history has versions 1 and 2), then
     * drafts another; returns that pending draft's id. Also prints how long one publish took.
     */
    private static long reviewed(EmbeddedDoorway doorway, Tool tool) {
        CatalogueWorkflow workflow = doorway.adminWorkflow();
        AdminUser editor = new AdminUser("editor@uni.example", Role.TECHNOLOGIST);
        AdminUser approver = new AdminUser("timing@uni.example", Role.ADMIN);
        Histogram publishes = new Histogram(3);
        Tool current = tool;
        for (int i = 0; i < 21; i++) {
            ObjectNode entry = ToolCodec.toTree(current);
            entry.put("summary", "Edited for the benchmark, round " + i + ".");
            var drafted = (Drafting.Outcome.Drafted) workflow.drafting().propose(editor, entry, Optional.of(EntryVersion.of(current)));
            long start = System.nanoTime();
            var published = (Reviewing.Outcome.Published) workflow.reviewing().approve(approver, drafted.draftId());
            if (i > 0) {
                publishes.recordValue((System.nanoTime() - start) / 1_000);
            }
            current = ToolCodec.fromTree(published.version().entry());
        }
        System.out.printf("publishing one reviewed draft (5,000 tools, 20 times): median %.1f ms, max %.1f ms%n",
                publishes.getValueAtPercentile(50) / 1000.0, publishes.getMaxValue() / 1000.0);
        ObjectNode entry = ToolCodec.toTree(current);
        entry.put("plan-b", "A draft waiting for review.");
        return ((Drafting.Outcome.Drafted) workflow.drafting().propose(editor, entry, Optional.of(EntryVersion.of(current))))
                .draftId();
    }

    private static void signIn(HttpClient http, String link) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "token=" + field(page, "token") + "&form=" + field(page, "form");
        String to = link.substring(0, link.indexOf("/admin/")) + "/admin/sign-in/link";
        int status = http.send(HttpRequest.newBuilder(URI.create(to)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        if (status != 303) {
            throw new IllegalStateException("sign-in answered " + status);
        }
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no field " + name);
        }
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
