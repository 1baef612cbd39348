package org.doorway.web.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.doorway.admin.AdminSessions;
import org.doorway.admin.AdminUser;
import org.doorway.admin.RateLimit;
import org.doorway.admin.SecretTokens;
import org.doorway.admin.SignInLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out: the sign-in page, one-time links (opening one shows a
 * button; only its POST uses the link, guarded by a form cookie against
 * sign-in forgery), single sign-on, and signing out. Attempts are rate
 * limited per client address. Thread-safe.
 */
final class SignInRoutes {
    private static final Logger log = LoggerFactory.getLogger(SignInRoutes.class);
    static final String LINK = "/sign-in/link";
    static final String OIDC = "/sign-in/oidc";
    private static final Duration FORM_LIFETIME = Duration.ofMinutes(15);

    private final Pages pages;
    private final Cookies cookies;
    private final SignInLinks links;
    private final AdminSessions sessions;
    private final RateLimit attempts;
    private final Optional<OidcSignIn> oidc;

    SignInRoutes(Pages pages, Cookies cookies, SignInLinks links, AdminSessions sessions, RateLimit attempts,
            Optional<OidcSignIn> oidc) {
        this.pages = pages;
        this.cookies = cookies;
        this.links = links;
        this.sessions = sessions;
        this.attempts = attempts;
        this.oidc = oidc;
    }

    /** Handles the request when it is about signing in or out; false otherwise. */
    boolean handle(Exchange exchange) throws Exception {
        String path = exchange.path();
        if (path.equals("/sign-in") && !exchange.post()) {
            signInPage(exchange, 200, "");
        } else if (path.equals(LINK)) {
            if (!attempts.tryAcquire(exchange.client())) {
                signInPage(exchange, 429, "Too many sign-in attempts from here. Wait a few minutes and try again.");
            } else if (exchange.post()) {
                useLink(exchange);
            } else {
                showLink(exchange);
            }
        } else if (path.equals(OIDC) && oidc.isPresent()) {
            OidcSignIn.Started started = oidc.get().start();
            cookies.set(exchange.response(), Cookies.OIDC, started.cookie(), "/admin" + OIDC, FORM_LIFETIME);
            exchange.redirect(started.redirect().toString());
        } else if (path.equals(OIDC + "/callback") && oidc.isPresent()) {
            if (!attempts.tryAcquire(exchange.client())) {
                signInPage(exchange, 429, "Too many sign-in attempts from here. Wait a few minutes and try again.");
                return true;
            }
            cookies.clear(exchange.response(), Cookies.OIDC, "/admin" + OIDC);
            OidcSignIn.Outcome outcome = oidc.get().finish(exchange.request().getParameter("code"),
                    exchange.request().getParameter("state"), Cookies.read(exchange.request(), Cookies.OIDC));
            if (outcome instanceof OidcSignIn.Outcome.SignedIn signedIn) {
                open(exchange, signedIn.user(), "single sign-on");
            } else if (outcome instanceof OidcSignIn.Outcome.Refused refused) {
                log.warn("Single sign-on refused: {}", refused.detail());
                signInPage(exchange, 403, refused.message());
            }
        } else if (path.equals("/sign-out") && exchange.post()) {
            if (exchange.session().isPresent() && !exchange.csrfValid()) {
                return false; // the console answers 403 for a bad token
            }
            sessions.close(Cookies.read(exchange.request(), Cookies.SESSION));
            cookies.clear(exchange.response(), Cookies.SESSION, "/admin");
            exchange.redirect("/admin/sign-in");
        } else {
            return false;
        }
        return true;
    }

    private void showLink(Exchange exchange) throws IOException {
        String token = exchange.parameter("token");
        String form = SecretTokens.next();
        cookies.set(exchange.response(), Cookies.FORM, form, "/admin" + LINK, FORM_LIFETIME);
        boolean usable = links.usable(token);
        pages.render(exchange.response(), usable ? 200 : 410, "link", Map.of("chrome", Chrome.signedOut("Sign in"),
                "token", token, "formToken", form, "usable", usable));
    }

    private void useLink(Exchange exchange) throws IOException {
        if (!SecretTokens.same(exchange.parameter("form"), Cookies.read(exchange.request(), Cookies.FORM))) {
            signInPage(exchange, 403, "That sign-in form had expired. Open your sign-in link again.");
            return;
        }
        cookies.clear(exchange.response(), Cookies.FORM, "/admin" + LINK);
        Optional<AdminUser> user = links.use(exchange.parameter("token"));
        if (user.isEmpty()) {
            pages.render(exchange.response(), 410, "link", Map.of("chrome", Chrome.signedOut("Sign in"),
                    "token", "", "formToken", "", "usable", false));
            return;
        }
        open(exchange, user.get(), "a sign-in link");
    }

    private void open(Exchange exchange, AdminUser user, String how) {
        AdminSessions.Opened opened = sessions.open(user);
        cookies.set(exchange.response(), Cookies.SESSION, opened.token(), "/admin", AdminSessions.LIFETIME);
        log.info("{} signed in to the admin console as {} with {}", user.email(), user.role().wireName(), how);
        exchange.redirect("/admin/tools");
    }

    private void signInPage(Exchange exchange, int status, String message) throws IOException {
        pages.render(exchange.response(), status, "sign-in", Map.of("chrome", Chrome.signedOut("Sign in"),
                "singleSignOn", oidc.isPresent(), "message", message));
    }
}
