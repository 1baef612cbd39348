package org.doorway.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every console test in real Chromium does: one {@link ConsoleBrowser} for the test class (register as
 * {@code @RegisterExtension static final ConsoleBrowserFixture chromium = new ConsoleBrowserFixture();}), a
 * browser context per person, signing in by link, console errors collected, axe-core's serious findings, and
 * the focused element's text for keyboard-only walks. Screenshots go to {@link #SHOTS}.
 */
final class ConsoleBrowserFixture implements BeforeAllCallback, AfterAllCallback {
    static final Path SHOTS = Path.of("target", "admin-screenshots");
    private static final Path AXE = Path.of("e2e", "admin", "node_modules", "axe-core", "axe.min.js");

    private ConsoleBrowser chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        chromium = ConsoleBrowser.launch();
        Files.createDirectories(SHOTS);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A browser of its own (cookies included) at this size; {@code bypassCsp} only to inject axe-core. */
    BrowserContext context(int width, int height, boolean bypassCsp) {
        return context(new Browser.NewContextOptions().setViewportSize(width, height).setBypassCSP(bypassCsp));
    }

    /** A browser of its own with these options (a phone's, say). */
    BrowserContext context(Browser.NewContextOptions options) {
        return chromium.browser.newContext(options);
    }

    /**
     * Collects {@code page}'s console errors into {@code errors}, except the page loads that answer one of
     * {@code expectedStatuses} (such as {@code "422"} or {@code "403|409|422"}) on purpose: Chromium logs
     * every non-2xx page load.
     */
    static Page collectErrors(Page page, List<String> errors, String expectedStatuses) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().matches("(?s).*status of (" + expectedStatuses + ").*")) {
                errors.add(message.text());
            }
        });
        return page;
    }

    /** Opens a sign-in link as {@code doorway admin link} makes it, signs in and waits for the catalogue. */
    static Page signIn(Page page, String link) {
        page.navigate(link);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/admin/tools");
        return page;
    }

    /** axe-core's script; without it the test is skipped on a developer's machine and fails in CI. */
    static String axe() throws IOException {
        if (!Files.exists(AXE)) {
            String why = "axe-core is missing: run (cd e2e/admin && npm ci)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return Files.readString(AXE);
    }

    /** axe-core's serious and critical findings on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> serious(Page page, String axe) {
        page.evaluate(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}))
                    .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))""");
        return violations.stream().map(v -> page.url() + ": " + v.get("id") + " (" + v.get("impact") + ") at " + v.get("nodes")).toList();
    }

    /** The text of the element that has the keyboard focus. */
    static String focused(Page page) {
        return String.valueOf(page.evaluate("document.activeElement.textContent.trim()"));
    }
}
