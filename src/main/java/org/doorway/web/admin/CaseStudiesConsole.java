package org.doorway.web.admin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.admin.AdminSessions;
import org.doorway.admin.Role;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.doorway.followup.CaseStudyReview;
import org.doorway.followup.Story;
import org.doorway.needs.Need;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin/case-studies}: the case studies Doorway drafted from staff
 * follow-ups, one in full, and an admin's Publish or Reject (with a reason),
 * through the same {@link CaseStudyReview} as {@code doorway case-studies}.
 * Anyone signed in reads; only admins decide. Every POST must carry the
 * session's CSRF token; each decision redirects back (post, redirect, get).
 * Thread-safe.
 */
public final class CaseStudiesConsole extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(CaseStudiesConsole.class);
    private static final Pattern ONE = Pattern.compile("/(\\d{1,12})(/publish|/reject)?");

    private final transient Pages pages = new Pages();
    private final transient ErrorPages errors = new ErrorPages(pages);
    private final transient CaseStudyReview review;
    private final transient AdminSessions sessions;
    private final transient Supplier<Catalogue> catalogue;
    private final transient ZoneId zone;

    public CaseStudiesConsole(CaseStudyReview review, AdminSessions sessions, Supplier<Catalogue> catalogue,
            ZoneId zone) {
        this.review = review;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.zone = zone;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response, false);
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Exchange exchange = new Exchange(request, response, "/case-studies" + path,
                sessions.find(Cookies.read(request, Cookies.SESSION)));
        try {
            route(exchange, path);
        } catch (Exception failure) {
            log.error("The case-study review failed on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    failure.toString(), failure);
            if (!response.isCommitted()) {
                errors.failed(exchange);
            }
        }
    }

    private void route(Exchange exchange, String path) throws IOException {
        if (exchange.session().isEmpty()) {
            exchange.redirect("/admin/sign-in");
            return;
        }
        if (exchange.post() && !exchange.csrfValid()) {
            errors.expiredForm(exchange);
            return;
        }
        if ((path.equals("/") || path.isEmpty()) && !exchange.post()) {
            list(exchange);
            return;
        }
        Matcher one = ONE.matcher(path);
        if (!one.matches() || exchange.post() == (one.group(2) == null)) {
            errors.notFound(exchange);
            return;
        }
        long id = Long.parseLong(one.group(1));
        if (one.group(2) == null) {
            show(exchange, id, "", 200);
        } else if (!exchange.session().orElseThrow().user().role().includes(Role.ADMIN)) {
            errors.forbidden(exchange);
        } else {
            decide(exchange, id, one.group(2).equals("/publish") ? Story.State.PUBLISHED : Story.State.REJECTED);
        }
    }

    private void list(Exchange exchange) throws IOException {
        String state = exchange.parameter("state").toLowerCase(Locale.ROOT);
        state = CaseStudyView.STATES.contains(state) ? state : "draft";
        Optional<Story.State> wanted = state.equals("all") ? Optional.empty()
                : Optional.of(Story.State.valueOf(state.toUpperCase(Locale.ROOT)));
        Catalogue now = catalogue.get();
        CaseStudyView view = new CaseStudyView(review.list(wanted).stream()
                .map(story -> CaseStudyView.row(story, id -> toolName(now, id), id -> needName(now, id), zone))
                .toList(), state, notice(exchange.parameter("done")));
        pages.render(exchange.response(), 200, "case-studies", Map.of("chrome",
                exchange.chrome("Case studies", "case-studies"), "view", view));
    }

    private void show(Exchange exchange, long id, String problem, int status) throws IOException {
        Optional<Story> story = review.find(id);
        if (story.isEmpty()) {
            errors.show(exchange, 404, "No such case study", "There is no case study " + id + ".");
            return;
        }
        Catalogue now = catalogue.get();
        CaseStudyView.Row row = CaseStudyView.row(story.get(), tool -> toolName(now, tool), need -> needName(now, need),
                zone);
        boolean admin = exchange.session().orElseThrow().user().role().includes(Role.ADMIN);
        pages.render(exchange.response(), status, "case-study", Map.of("chrome",
                exchange.chrome("Case study " + id, "case-studies"), "story", row, "mayDecide", admin && row.draft(),
                "problem", problem));
    }

    private void decide(Exchange exchange, long id, Story.State to) throws IOException {
        String reason = exchange.parameter("reason");
        if (to == Story.State.REJECTED && reason.isBlank()) {
            show(exchange, id, "Please say why it is turned down; nothing was changed.", 422);
            return;
        }
        String reviewer = exchange.session().orElseThrow().user().email();
        CaseStudyReview.Decision decision = review.decide(id, to, reviewer, reason);
        if (decision.changed()) {
            exchange.redirect("/admin/case-studies?done=" + to.wire());
        } else {
            show(exchange, id, decision.message(), 409);
        }
    }

    private static String notice(String done) {
        return switch (done) {
            case "published" -> "Published: it shows under suggestions for its tool at once.";
            case "rejected" -> "Turned down: it will never be shown.";
            default -> "";
        };
    }

    private static String toolName(Catalogue catalogue, String toolId) {
        return catalogue.tool(toolId).map(Tool::name).orElse(toolId);
    }

    private static String needName(Catalogue catalogue, String needId) {
        return catalogue.need(needId).map(Need::name).orElse(needId);
    }
}
