package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorway.admin.Role;
import org.doorway.conversation.ConversationKey;
import org.doorway.store.JdbiRoster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster and the queues in real Chromium: booking leave with a mistake
 * then fixed, the roster page and "Give to…" by keyboard alone, the pages on
 * a phone, and axe-core on every page this part of the console adds.
 * Screenshots go to target/admin-screenshots.
 */
class AdminRosterBrowserTest {
    private static final Path SHOTS = Path.of("target", "admin-screenshots");
    private static final Path AXE = Path.of("e2e", "admin", "node_modules", "axe-core", "axe.min.js");
    private static ConsoleBrowser chromium;

    @TempDir
    Path folder;
    private AdminConsoleFixture doorway;
    private BrowserContext context;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        chromium = ConsoleBrowser.launch();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void start() {
        doorway = AdminConsoleFixture.start("sqlite", folder, Map.of());
        Doorway running = doorway.running().doorway();
        new org.doorway.handoff.roster.RosterImport(running.database(), new JdbiRoster(running.database()),
                RosterCommand.expertise(running.catalogue().load())).importYaml(AdminOperationsHttpTest.ROSTER, false);
        context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    @AfterEach
    void stop() {
        context.close();
        doorway.close();
    }

    private Page signedIn(String email, Role role) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("status of 422")) {
                consoleErrors.add(message.text());
            }
        });
        page.navigate(doorway.link(email, role));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/admin/tools");
        return page;
    }

    @Test
    void leave_bookedWithAMistake_thenFixed() {
        Page page = signedIn("alex@uni.example", Role.TECHNOLOGIST);
        page.navigate(doorway.url("/admin/roster"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("roster.png")));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera")).click();
        page.getByLabel("Leave 1: first day").fill("2026-12-21");
        page.getByLabel("Leave 1: last day").fill("2026-12-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Nothing was saved", "swap from and to");
        assertThat(page.locator("#f-away-0-from").getAttribute("aria-invalid")).isEqualTo("true");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("roster-leave-problem.png")));
        assertThat(alexAway()).isEmpty();

        page.getByLabel("Leave 1: last day").fill("2027-01-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Saved");
        assertThat(alexAway()).containsExactly("2026-12-21..2027-01-02");
        assertThat(page.locator("#f-capacity").getAttribute("readonly")).as("capacity is the admins'").isNotNull();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void rosterPage_byKeyboardAlone() {
        Page page = signedIn("head@uni.example", Role.ADMIN);
        page.navigate(doorway.url("/admin/roster"));
        Keyboard keys = page.keyboard();
        keys.press("Tab");
        assertThat(focused(page)).isEqualTo("Skip to main content");
        keys.press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
        for (int i = 0; i < 10 && !"Chen Wu".equals(focused(page)); i++) {
            keys.press("Tab");
        }
        assertThat(focused(page)).isEqualTo("Chen Wu");
        keys.press("Enter");
        page.waitForURL("**/admin/roster/chen%40uni.example");
        for (int i = 0; i < 20 && !"f-hours-tue".equals(page.evaluate("document.activeElement.id")); i++) {
            keys.press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("f-hours-tue");
        assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        keys.type("10:00-16:00");
        keys.press("Enter");
        page.waitForCondition(() -> page.getByRole(AriaRole.STATUS).count() > 0);
        assertThat(new JdbiRoster(doorway.running().doorway().database()).find("chen@uni.example").orElseThrow()
                .hours().on(java.time.DayOfWeek.TUESDAY)).hasSize(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("roster-edit.png")).setFullPage(true));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void giveTo_byKeyboard_movesTheHandoffAndSaysToWhom() throws Exception {
        String id = openHandoff("students never speak in my seminar, even in small groups");
        Page page = signedIn("head@uni.example", Role.ADMIN);
        page.navigate(doorway.url("/admin/queues/handoffs"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("queue-handoffs.png")));
        Keyboard keys = page.keyboard();
        for (int i = 0; i < 30 && !("to-" + id).equals(page.evaluate("document.activeElement.id")); i++) {
            keys.press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("to-" + id);
        page.selectOption("#to-" + id, "chen@uni.example");
        keys.press("Tab");
        assertThat(page.evaluate("document.activeElement.getAttribute('aria-label')")).isEqualTo("Give handoff " + id);
        keys.press("Enter");
        page.waitForCondition(() -> page.getByRole(AriaRole.STATUS).count() > 0);
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("is now with Chen Wu");
        assertThat(doorway.running().handoff().desk().find(id).orElseThrow().technologistId())
                .hasValue("chen@uni.example");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("queue-handoffs-given.png")));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void screenshots_onAPhone_fitWithoutSidewaysScrolling() {
        openHandoff("the lecture capture in room 2.14 did not record on Tuesday");
        Doorway running = doorway.running().doorway();
        long request = running.stores().requests().open(new ConversationKey("slack", "U2", "D2"),
                "my students want to map the history of their field together", doorway.clock().instant());
        running.stores().requests().classified(request, "need", "visual-collaboration", 0.38);
        context.close();
        context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        Page page = signedIn("head@uni.example", Role.ADMIN);
        Map<String, String> shots = Map.of("/admin/roster", "roster-phone.png",
                "/admin/roster/alex%40uni.example", "roster-edit-phone.png",
                "/admin/queues/handoffs", "queue-handoffs-phone.png",
                "/admin/queues/unclear", "queue-unclear-phone.png");
        shots.forEach((path, file) -> {
            page.navigate(doorway.url(path));
            assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path).isEqualTo(true);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(file)).setFullPage(!path.contains("roster/")));
        });
        assertThat(consoleErrors).isEmpty();
    }

    /** A teaching handoff for Alex, as the conversation makes one; returns its id. */
    private String openHandoff(String problem) {
        Doorway running = doorway.running().doorway();
        ConversationKey staff = new ConversationKey("slack", "UJANE", "DJANE");
        long request = running.stores().requests().open(staff, problem, doorway.clock().instant());
        return doorway.running().handoff().desk().request(new org.doorway.handoff.HandoffRequest(request, staff,
                "Jane Smith", org.doorway.handoff.HandoffRequest.Kind.TEACHING, problem, List.of("live-engagement"),
                List.of(), List.of(), doorway.clock().instant())).handoffId();
    }

    @Test
    void axeCore_findsNoSeriousViolationsOnTheRosterAndQueues() throws Exception {
        if (!Files.exists(AXE)) {
            String why = "axe-core is missing: run (cd e2e/admin && npm ci)";
            if ("true".equals(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail(why);
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        String axe = Files.readString(AXE);
        openHandoff("students never say anything in my online seminar, and I want them to");
        Doorway running = doorway.running().doorway();
        long request = running.stores().requests().open(new ConversationKey("slack", "U1", "D1"),
                "students never say anything in my online seminar", doorway.clock().instant());
        running.stores().requests().classified(request, "need", "live-engagement", 0.4);
        context.close();
        context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true));
        Page page = signedIn("head@uni.example", Role.ADMIN);
        List<String> found = new ArrayList<>();
        for (String path : List.of("/admin/roster", "/admin/roster/alex%40uni.example", "/admin/roster/new",
                "/admin/queues/handoffs", "/admin/queues/unclear", "/admin/audit")) {
            page.navigate(doorway.url(path));
            found.addAll(AdminRosterBrowserTest.serious(page, axe));
        }
        page.navigate(doorway.url("/admin/queues/unclear"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("queue-unclear.png")));
        page.navigate(doorway.url("/admin/roster/alex%40uni.example"));
        page.getByLabel("Monday").fill("9 to 5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.getByRole(AriaRole.ALERT).waitFor();
        found.addAll(serious(page, axe));
        assertThat(found).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<String> serious(Page page, String axe) {
        page.evaluate(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}))
                    .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))""");
        return violations.stream().map(v -> page.url() + ": " + v.get("id") + " (" + v.get("impact") + ") at " + v.get("nodes")).toList();
    }

    private List<String> alexAway() {
        return new JdbiRoster(doorway.running().doorway().database()).find("alex@uni.example").orElseThrow().away()
                .stream().map(absence -> absence.from() + ".." + absence.to()).toList();
    }

    private static String focused(Page page) {
        return String.valueOf(page.evaluate("document.activeElement.textContent.trim()"));
    }
}
