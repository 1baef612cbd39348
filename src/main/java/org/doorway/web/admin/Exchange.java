package org.doorway.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.doorway.admin.AdminSession;
import org.doorway.admin.SecretTokens;

/**
 * One console request: the servlet pair, the path under {@code /admin}, and
 * the session the request's cookie names (if any). One per request.
 */
record Exchange(HttpServletRequest request, HttpServletResponse response, String path, Optional<AdminSession> session) {
    static final int MAX_PARAMETER = 4000;

    boolean post() {
        return "POST".equals(request.getMethod());
    }

    /** htmx asks for a fragment; everything else gets whole pages. */
    boolean fragment() {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** A parameter, trimmed, never null; empty when over {@link #MAX_PARAMETER} characters. */
    String parameter(String name) {
        String value = request.getParameter(name);
        return value == null || value.length() > MAX_PARAMETER ? "" : value.strip();
    }

    /** The form field {@code csrf} or htmx's {@code X-CSRF-Token} header equals the session's token. */
    boolean csrfValid() {
        String sent = request.getHeader("X-CSRF-Token");
        if (sent == null) {
            sent = request.getParameter("csrf");
        }
        String expected = session.map(AdminSession::csrfToken).orElse(null);
        return SecretTokens.same(sent, expected);
    }

    Chrome chrome(String title, String section) {
        return session.map(s -> new Chrome(title, s.user(), s.csrfToken(), section)).orElse(Chrome.signedOut(title));
    }

    void redirect(String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    /** The client's address, for rate limits. */
    String client() {
        return request.getRemoteAddr();
    }
}
