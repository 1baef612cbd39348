package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.ConsoleBrowserFixture.SHOTS;
import static org.doorway.app.ConsoleBrowserFixture.axe;
import static org.doorway.app.ConsoleBrowserFixture.collectErrors;
import static org.doorway.app.ConsoleBrowserFixture.focused;
import static org.doorway.app.ConsoleBrowserFixture.serious;
import static org.doorway.app.ConsoleBrowserFixture.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
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
 * The console in real Chromium: signing in by link, an edit with a problem
 * then fixed, keyboard-only use (with htmx running under the strict CSP), a
 * phone-sized screen, and axe-core on each page. Screenshots go to
 * target/admin-screenshots (docs/ holds copies).
 */
class AdminBrowserTest {
    @RegisterExtension
    static final ConsoleBrowserFixture chromium = new ConsoleBrowserFixture();

    @TempDir
    Path folder;
    private AdminConsoleFixture doorway;
    private BrowserContext context;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void start() {
        doorway = AdminConsoleFixture.start("sqlite", folder, Map.of());
        context = chromium.context(1280, 900, false);
    }

    @AfterEach
    void stop() {
        context.close();
        doorway.close();
    }

    private Page page() {
        return collectErrors(context.newPage(), consoleErrors, "422"); // a refused save answers 422 on purpose
    }

    private Page signedIn(String email, Role role) {
        return signIn(page(), doorway.link(email, role));
    }

    @Test
    void signInByLink_landsOnTheCatalogue() {
        Page page = page();
        page.navigate(doorway.url("/admin/tools"));
        assertThat(page.url()).endsWith("/admin/sign-in");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sign-in.png")));
        page.navigate(doorway.link("alex@uni.example", Role.ADMIN));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sign-in-link.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/admin/tools");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Catalogue")).isVisible()).isTrue();
        assertThat(page.locator("header").textContent()).contains("alex@uni.example");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("catalogue.png")).setFullPage(false));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void editWithAProblem_thenFixed() {
        Page page = signedIn("alex@uni.example", Role.ADMIN);
        String id = doorway.firstToolId();
        page.navigate(doorway.url("/admin/tools/" + id));
        page.getByLabel("Link", new Page.GetByLabelOptions().setExact(true)).first().fill("ftp://files.example/tool");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary.textContent()).contains("Nothing was saved").contains("is not a valid http(s) link");
        assertThat(page.locator("#f-url-problem").textContent()).contains("'ftp://files.example/tool' is not a valid http(s) link");
        assertThat(page.locator("#f-url").getAttribute("aria-invalid")).isEqualTo("true");
        page.locator("#problems").screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("edit-problem-summary.png")));
        page.locator("#f-url").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("edit-problem.png")));
        assertThat(doorway.tool(id).url()).isNotEqualTo("ftp://files.example/tool");

        page.locator("#f-url").fill("https://tools.example/fixed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL("**/admin/reviews/**");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Saved as a draft");
        assertThat(page.locator("main").textContent()).contains("https://tools.example/fixed");
        assertThat(doorway.tool(id).url()).as("a draft until a second admin approves it").isNotEqualTo("https://tools.example/fixed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("edit-saved-full.png")).setFullPage(true));
        page.navigate(doorway.url("/admin/audit"));
        assertThat(page.locator("main").textContent()).contains("https://tools.example/fixed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("audit.png")));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void keyboardOnly_skipLinkSearchOpenEditSave() {
        Page page = signedIn("alex@uni.example", Role.ADMIN);
        Tool tool = doorway.tool(doorway.firstToolId());
        Keyboard keys = page.keyboard();
        keys.press("Tab");
        assertThat(focused(page)).isEqualTo("Skip to main content");
        keys.press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
        keys.press("Tab");
        assertThat(focused(page)).isEqualTo("Add a tool");
        keys.press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("q");
        keys.type(tool.name());
        page.waitForCondition(() -> page.locator(".count").textContent().contains(" of "));
        assertThat(page.url()).contains("q=");
        for (int i = 0; i < 12 && !tool.name().equals(focused(page)); i++) {
            keys.press("Tab");
        }
        assertThat(focused(page)).isEqualTo(tool.name());
        keys.press("Enter");
        page.waitForURL("**/admin/tools/" + tool.id());
        for (int i = 0; i < 20 && !"f-name".equals(page.evaluate("document.activeElement.id")); i++) {
            keys.press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("f-name");
        assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        keys.press("End");
        keys.type(" (keyboard)");
        keys.press("Enter");
        page.waitForURL("**/admin/reviews/**");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Saved as a draft");
        assertThat(page.locator("main").textContent()).contains(tool.name() + " (keyboard)");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void phoneSizedScreen_needsNoSidewaysScrolling() {
        context.close();
        context = chromium.context(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setDeviceScaleFactor(2));
        Page page = signedIn("alex@uni.example", Role.ADMIN);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("too wide: %s", page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391).slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' ')"))
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("catalogue-phone.png")));
        page.navigate(doorway.url("/admin/tools/" + doorway.firstToolId()));
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
    }

    @Test
    void axeCore_findsNoSeriousViolations() throws Exception {
        String axe = axe();
        context.close();
        // axe is injected by the test, which the console's CSP rightly forbids: bypass it for this context only.
        context = chromium.context(1280, 900, true);
        Page page = page();
        page.navigate(doorway.url("/admin/sign-in"));
        List<String> found = new ArrayList<>(serious(page, axe));
        page = signedIn("alex@uni.example", Role.ADMIN);
        found.addAll(serious(page, axe));
        page.navigate(doorway.url("/admin/tools/" + doorway.firstToolId()));
        page.locator("#f-url").fill("not a link");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.getByRole(AriaRole.ALERT).waitFor();
        found.addAll(serious(page, axe));
        page.navigate(doorway.url("/admin/audit"));
        found.addAll(serious(page, axe));
        page.navigate(doorway.url("/admin/reports"));
        found.addAll(serious(page, axe));
        assertThat(found).isEmpty();
    }
}
