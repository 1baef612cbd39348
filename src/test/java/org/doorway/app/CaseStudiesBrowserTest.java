package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.TestClock;
import org.doorway.admin.AdminUser;
import org.doorway.admin.Role;
import org.doorway.conversation.ConversationKey;
import org.doorway.followup.Audience;
import org.doorway.followup.FollowUpSubject;
import org.doorway.followup.Outcome;
import org.doorway.followup.Story;
import org.doorway.followup.StoryConsent;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.doorway.store.JdbiFollowUps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's case-study review in real Chromium: the drafts listed, one read in full (its stored text
 * escaped), published with one click, another turned down with a reason (the browser asks for one first),
 * a viewer who may only read, and a form without the session's CSRF token refused. Screenshots go to
 * target/admin-screenshots (docs/admin-console holds copies).
 */
class CaseStudiesBrowserTest {
    private static final Path SHOTS = Path.of("target", "admin-screenshots");
    private static ConsoleBrowser chromium;

    @TempDir
    Path folder;
    private ServeCommand.Running running;
    private final List<BrowserContext> contexts = new ArrayList<>();

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
        running = ServeCommand.start(Doorway.open(Map.of("PORT", "0",
                "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db")), TestClock.atNow()));
    }

    @AfterEach
    void stop() {
        contexts.forEach(BrowserContext::close);
        running.close();
    }

    @Test
    void draftsListed_readInFull_publishedWithOneClick_anotherRejectedWithAReason() {
        long polls = draft("ULEE", "mentimeter", "A colleague in Nursing used this with 180 students",
                "It worked. The aim: silence when I ask the room a question. \"Polls every ten minutes\"");
        long board = draft("UKIM", "padlet", "A colleague used this for <b>discussion</b>",
                "It partly worked. <script>alert(1)</script>");
        Page sam = signedIn("sam@uni.example", Role.ADMIN);

        sam.navigate(url("/admin/case-studies"));
        assertThat(sam.title()).startsWith("Case studies");
        assertThat(sam.locator("table").textContent()).contains("A colleague in Nursing used this with 180 students",
                "Mentimeter", "draft");
        sam.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("case-studies.png")));

        sam.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A colleague used this for <b>discussion</b>"))
                .click();
        assertThat(sam.locator("h1").textContent()).isEqualTo("A colleague used this for <b>discussion</b>");
        assertThat(sam.locator("blockquote").textContent()).contains("<script>alert(1)</script>");
        assertThat(sam.locator("main b").count()).isZero();
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject")).click();
        assertThat(sam.url()).endsWith("/admin/case-studies/" + board); // the browser wants a reason first
        sam.getByLabel("Why not (kept with the case study)").fill("Too little detail to help a colleague");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject")).click();
        sam.waitForURL("**/admin/case-studies?done=rejected");
        assertThat(sam.getByRole(AriaRole.STATUS).textContent()).contains("Turned down");
        Story rejected = drafts().find(board).orElseThrow();
        assertThat(rejected.state()).isEqualTo(Story.State.REJECTED);
        assertThat(rejected.reviewNote()).hasValue("Too little detail to help a colleague");

        sam.navigate(url("/admin/case-studies/" + polls));
        sam.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("case-study.png")).setFullPage(true));
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        sam.waitForURL("**/admin/case-studies?done=published");
        assertThat(drafts().published()).extracting(Story::id).containsExactly(polls);
        assertThat(sam.locator("main").textContent()).contains("Nothing is waiting for review");

        sam.navigate(url("/admin/case-studies?state=all"));
        assertThat(sam.locator("table").textContent()).contains("published", "rejected");
        sam.navigate(url("/admin/case-studies/" + board));
        assertThat(sam.locator("main").textContent()).contains("Too little detail to help a colleague");
        assertThat(sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).count()).isZero();
    }

    @Test
    void aViewerOnlyReads_andAFormWithoutTheCsrfTokenChangesNothing() {
        long id = draft("ULEE", "mentimeter", "A colleague used this with 40 students", "It worked.");
        Page viewer = signedIn("val@uni.example", Role.VIEWER);
        viewer.navigate(url("/admin/case-studies/" + id));
        assertThat(viewer.locator("main").textContent()).contains("Only an admin can publish or reject");
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).count()).isZero();
        String csrf = viewer.locator("input[name=csrf]").first().inputValue();
        int refused = viewer.context().request().post(url("/admin/case-studies/" + id + "/publish"),
                RequestOptions.create().setForm(FormData.create().set("csrf", csrf))).status();
        assertThat(refused).isEqualTo(403);

        Page admin = signedIn("sam@uni.example", Role.ADMIN);
        int forged = admin.context().request().post(url("/admin/case-studies/" + id + "/publish"),
                RequestOptions.create().setForm(FormData.create().set("csrf", "not-the-token"))).status();
        assertThat(forged).isEqualTo(403);
        assertThat(drafts().find(id).orElseThrow().state()).isEqualTo(Story.State.DRAFT);
    }

    private Page signedIn(String email, Role role) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        contexts.add(context);
        Page page = context.newPage();
        String token = AdminWiring.links(running.doorway().stores(), running.doorway().clock())
                .issue(new AdminUser(email, role)).token();
        page.navigate(url("/admin/sign-in/link?token=" + token));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/admin/tools");
        return page;
    }

    /** A story as a follow-up drafts it: asked, answered "it worked", shared anonymously with contact allowed. */
    private long draft(String user, String tool, String title, String summary) {
        Instant now = running.doorway().clock().instant();
        ConversationKey who = new ConversationKey("slack", user, "D" + user);
        long request = running.doorway().stores().requests().open(who, "Quiet lectures", now);
        JdbiFollowUps followUps = new JdbiFollowUps(running.doorway().database());
        followUps.schedule(new FollowUpSubject(request, who,
                Optional.empty(), "live-engagement", tool, Optional.empty(), "Quiet lectures", ""), now, now);
        long followUp = followUps.due(Audience.EVERYONE, now, 10).stream().filter(due -> due.subject().requestId() == request)
                .findFirst().orElseThrow().id();
        followUps.markSent(followUp, now);
        followUps.answer(followUp, Outcome.WORKED, now, now);
        followUps.story(followUp, StoryConsent.ANONYMOUS, Optional.empty(), now);
        followUps.contact(followUp, true, now);
        return drafts().draft(followUp, tool, "live-engagement", title, summary, Optional.empty(), now).orElseThrow();
    }

    private JdbiCaseStudyDrafts drafts() {
        return new JdbiCaseStudyDrafts(running.doorway().database());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + running.web().port() + path;
    }
}
