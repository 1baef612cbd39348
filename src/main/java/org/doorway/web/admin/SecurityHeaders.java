package org.doorway.web.admin;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every console response: a Content-Security-Policy that allows
 * only this origin's own scripts and styles (no inline script, no eval) and
 * no framing, no MIME sniffing, no Referer (a sign-in link's token must not
 * leak to the next site), and no caching of pages.
 */
final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(HttpServletResponse response, boolean asset) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!asset) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
