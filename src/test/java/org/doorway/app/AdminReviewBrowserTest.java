package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.ConsoleBrowserFixture.SHOTS;
import static org.doorway.app.ConsoleBrowserFixture.axe;
import static org.doorway.app.ConsoleBrowserFixture.collectErrors;
import static org.doorway.app.ConsoleBrowserFixture.focused;
import static org.doorway.app.ConsoleBrowserFixture.serious;
import static org.doorway.app.ConsoleBrowserFixture.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorway.admin.Role;
import org.doorway.catalogue.Tool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review workflow in real Chromium: a draft with a problem then fixed,
 * the editor refused as approver, a second admin approving by keyboard only,
 * a rollback from the history, a new tool, and axe-core on each new page.
 * Screenshots go to target/admin-screenshots (docs/ holds copies).
 */
class AdminReviewBrowserTest {
    @RegisterExtension
    static final ConsoleBrowserFixture chromium = new ConsoleBrowserFixture();

    @TempDir
    Path folder;
    private AdminConsoleFixture doorway;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void start() {
        doorway = AdminConsoleFixture.start("sqlite", folder, Map.of());
    }

    @AfterEach
    void stop() {
        contexts.forEach(BrowserContext::close);
        doorway.close();
    }

    /** A signed-in person in a browser of their own; {@code bypassCsp} only to inject axe-core. */
    private Page signedIn(String email, Role role, boolean bypassCsp) {
        BrowserContext context = chromium.context(1280, 900, bypassCsp);
        contexts.add(context);
        // Refusals answer 403/409/422 on purpose.
        return signIn(collectErrors(context.newPage(), consoleErrors, "403|409|422"), doorway.link(email, role));
    }

    @Test
    void draftWithAProblemFixed_refusedToItsEditor_approvedByASecondAdminWithTheKeyboardOnly() {
        Page alex = signedIn("alex@uni.example", Role.ADMIN, false);
        Tool tool = doorway.tool(doorway.firstToolId());
        alex.navigate(doorway.url("/admin/tools/" + tool.id()));
        alex.locator("#f-guides-0-url").fill("file:///etc/passwd");
        alex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        assertThat(alex.getByRole(AriaRole.ALERT).textContent()).contains("Nothing was saved");
        assertThat(alex.locator("#f-guides-0-url-problem").textContent()).contains("is not a valid http(s) link");
        alex.locator("#f-guides-0-url").fill("https://guides.example/" + tool.id());
        alex.locator("#f-plan-b").fill("Hand out paper voting cards.");
        alex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        alex.waitForURL("**/admin/reviews/**");
        assertThat(alex.locator("main").textContent()).contains("You saved this draft, so another admin approves it");
        assertThat(alex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).count()).isZero();
        String draft = alex.url().replaceAll("\\?.*", "");
        assertThat(doorway.tool(tool.id()).planB()).isNotEqualTo("Hand out paper voting cards.");

        Page sam = signedIn("sam@uni.example", Role.ADMIN, false);
        sam.navigate(doorway.url("/admin/reviews"));
        sam.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reviews.png")));
        sam.navigate(draft);
        sam.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("review.png")).setFullPage(true));
        Keyboard keys = sam.keyboard();
        for (int i = 0; i < 30 && !"Approve and publish".equals(focused(sam)); i++) {
            keys.press("Tab");
        }
        assertThat(focused(sam)).isEqualTo("Approve and publish");
        assertThat(sam.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        keys.press("Enter");
        sam.waitForURL("**/history?published=2");
        assertThat(sam.getByRole(AriaRole.STATUS).first().textContent()).contains("Published as version 2");
        assertThat(doorway.tool(tool.id()).planB()).isEqualTo("Hand out paper voting cards.");
        assertThat(doorway.suggested(tool.needs().get(0).need())).contains(tool.id());
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void rollbackFromTheHistory_restoresTheOldVersionAsANewOne() {
        Page alex = signedIn("alex@uni.example", Role.ADMIN, false);
        Tool tool = doorway.tool(doorway.firstToolId());
        alex.navigate(doorway.url("/admin/tools/" + tool.id()));
        alex.locator("#f-summary").fill("A summary that was a mistake.");
        alex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        alex.waitForURL("**/admin/reviews/**");
        String draft = alex.url().replaceAll("\\?.*", "");
        Page sam = signedIn("sam@uni.example", Role.ADMIN, false);
        sam.navigate(draft);
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        sam.waitForURL("**/history?published=2");
        assertThat(doorway.tool(tool.id()).summary()).isEqualTo("A summary that was a mistake.");
        sam.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("history.png")));

        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore version 1")).click();
        sam.waitForURL("**/history?restored=3");
        assertThat(sam.locator("main").textContent()).contains("Restored as version 3").contains("Restored version 1");
        assertThat(doorway.tool(tool.id())).isEqualTo(tool);
        assertThat(doorway.audit().get(0).action()).isEqualTo("tool.rollback");
        sam.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("history-restored.png")).setFullPage(true));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void axeCore_findsNoSeriousViolationsOnTheNewPages() throws Exception {
        String axe = axe();
        Page tam = signedIn("tam@uni.example", Role.TECHNOLOGIST, true);
        List<String> found = new ArrayList<>();
        tam.navigate(doorway.url("/admin/tools/new"));
        found.addAll(serious(tam, axe));
        tam.locator("#f-id").fill("Not An Id");
        tam.locator("#f-name").fill("Quiz Board");
        tam.locator("#f-case-studies-0-title").fill("Quizzes in anatomy");
        tam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        tam.getByRole(AriaRole.ALERT).waitFor();
        tam.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("new-tool-problems.png")));
        found.addAll(serious(tam, axe));
        String id = doorway.firstToolId();
        tam.navigate(doorway.url("/admin/tools/" + id));
        tam.locator("#f-licence").fill("Site licence");
        tam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        tam.waitForURL("**/admin/reviews/**");
        found.addAll(serious(tam, axe));
        tam.navigate(doorway.url("/admin/reviews"));
        found.addAll(serious(tam, axe));
        tam.navigate(doorway.url("/admin/tools/" + id + "/history"));
        found.addAll(serious(tam, axe));
        assertThat(found).isEmpty();
    }
}
