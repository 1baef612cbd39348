package org.doorway.web.admin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.admin.AdminSessions;
import org.doorway.admin.AuditLog;
import org.doorway.admin.RateLimit;
import org.doorway.admin.Role;
import org.doorway.admin.RoleAssignments;
import org.doorway.admin.SignInLinks;
import org.doorway.catalogue.Catalogue;
import org.doorway.config.AdminSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin console under {@code /admin}: static assets, signing in, then
 * (for a signed-in browser only) the catalogue, its reviews and history, the
 * roster, the queues, and the audit log with its export. Every POST
 * from a session must carry its CSRF token, or it is refused with 403 before
 * anything reads it. Failures become the console's own error page and a log
 * line. Thread-safe.
 */
public final class AdminConsole extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(AdminConsole.class);
    /** Per client address in five minutes: plenty for a person, useless for guessing. */
    static final int SIGN_IN_ATTEMPTS = 20;

    private final transient StaticAssets assets = new StaticAssets();
    private final transient Pages pages;
    private final transient ErrorPages errors;
    private final transient AdminSessions sessions;
    private final transient SignInRoutes signIn;
    private final transient CatalogueRoutes catalogue;
    private final transient ReviewRoutes reviews;
    private final transient HistoryRoutes history;
    private final transient AuditLog audit;
    private final transient ZoneId zone;
    private final boolean singleSignOn;
    private final transient OperationsRoutes operations;

    /** The console with its parts; {@code oidc} is empty without single sign-on. */
    public static AdminConsole create(AdminSettings settings, AdminSessions sessions, SignInLinks links,
            Supplier<Catalogue> catalogue, CatalogueWorkflow workflow, AuditLog audit, Operations operations, Clock clock,
            ZoneId zone) {
        Pages pages = new Pages();
        Optional<OidcSignIn> oidc = settings.oidc().map(sso -> new OidcSignIn(sso,
                URI.create(settings.base() + "/admin" + SignInRoutes.OIDC + "/callback"), new RoleAssignments(settings.roles())));
        SignInRoutes signIn = new SignInRoutes(pages, new Cookies(settings.secureCookies()), links, sessions,
                new RateLimit(SIGN_IN_ATTEMPTS, Duration.ofMinutes(5), clock), oidc);
        ErrorPages errors = new ErrorPages(pages);
        CatalogueRoutes routes = new CatalogueRoutes(pages, errors, catalogue, workflow.drafting(), workflow.drafts(), clock, zone);
        ReviewRoutes reviews = new ReviewRoutes(pages, errors, catalogue, workflow.drafts(), workflow.reviewing(), zone);
        HistoryRoutes history = new HistoryRoutes(pages, errors, catalogue, workflow.versions(), workflow.rollback(), zone);
        RosterRoutes roster = new RosterRoutes(pages, errors, operations.roster(), operations.routed(),
                operations.rosterEditing(), operations.closures(), clock, zone);
        QueueRoutes queues = new QueueRoutes(pages, errors, operations.handoffs(), operations.roster(),
                operations.learning(), catalogue, clock, zone);
        return new AdminConsole(pages, sessions, signIn, routes, reviews, history, audit, zone, oidc.isPresent(),
                new OperationsRoutes(roster, queues, new AuditDownload(errors, operations.auditExport())));
    }

    AdminConsole(Pages pages, AdminSessions sessions, SignInRoutes signIn, CatalogueRoutes catalogue, ReviewRoutes reviews,
            HistoryRoutes history, AuditLog audit, ZoneId zone, boolean singleSignOn, OperationsRoutes operations) {
        this.pages = pages;
        this.errors = new ErrorPages(pages);
        this.sessions = sessions;
        this.signIn = signIn;
        this.catalogue = catalogue;
        this.reviews = reviews;
        this.history = history;
        this.audit = audit;
        this.zone = zone;
        this.singleSignOn = singleSignOn;
        this.operations = operations;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        SecurityHeaders.apply(response, path.startsWith("/static/"));
        if (path.startsWith("/static/")) {
            if (!assets.serve(path.substring("/static/".length()), response)) {
                response.sendError(404);
            }
            return;
        }
        Exchange exchange = new Exchange(request, response, path,
                sessions.find(Cookies.read(request, Cookies.SESSION)));
        try {
            route(exchange);
        } catch (Exception failure) {
            log.error("The admin console failed on {} /admin{}: {}", request.getMethod(), path, failure.toString(), failure);
            if (!response.isCommitted()) {
                errors.failed(exchange);
            }
        }
    }

    private void route(Exchange exchange) throws Exception {
        // Sign-in forms have no session yet; the link's form carries its own token (SignInRoutes).
        boolean signingIn = exchange.path().startsWith("/sign-in");
        if (exchange.post() && !signingIn && exchange.session().isPresent() && !exchange.csrfValid()) {
            errors.expiredForm(exchange);
        } else if (signIn.handle(exchange)) {
            return;
        } else if (exchange.session().isEmpty()) {
            signInFirst(exchange);
        } else if (exchange.path().equals("/") || exchange.path().isEmpty()) {
            exchange.redirect("/admin/tools");
        } else if (exchange.path().equals("/audit") && !exchange.post()) {
            auditLog(exchange);
        } else if (exchange.path().equals("/audit/export") && !exchange.post()) {
            operations.auditDownload().handle(exchange);
        } else if (operations.roster().handle(exchange) || operations.queues().handle(exchange)) {
            return;
        } else if (!reviews.handle(exchange) && !history.handle(exchange) && !catalogue.handle(exchange)) {
            errors.notFound(exchange);
        }
    }

    /** Pages send the browser to sign in; htmx requests and form posts are told so. */
    private void signInFirst(Exchange exchange) throws IOException {
        if (exchange.fragment()) {
            exchange.response().setHeader("HX-Redirect", "/admin/sign-in");
            exchange.response().setStatus(401);
        } else if (exchange.post()) {
            exchange.response().setStatus(401);
            pages.render(exchange.response(), 401, "sign-in", Map.of("chrome", Chrome.signedOut("Sign in"),
                    "singleSignOn", singleSignOn, "message", "Your session has ended, so nothing was changed. Please sign in again."));
        } else {
            exchange.redirect("/admin/sign-in");
        }
    }

    private void auditLog(Exchange exchange) throws IOException {
        if (!exchange.session().orElseThrow().user().role().includes(Role.ADMIN)) {
            errors.forbidden(exchange);
            return;
        }
        int offset = 0;
        try {
            offset = Math.max(0, Math.min(1_000_000, Integer.parseInt(exchange.parameter("offset"))));
        } catch (NumberFormatException none) {
            // the first page
        }
        AuditPage page = AuditPage.of(audit.recent(null, AuditPage.PAGE + 1, offset), offset, zone);
        pages.render(exchange.response(), 200, "audit", Map.of("chrome", exchange.chrome("Audit log", "audit"), "page", page));
    }
}
