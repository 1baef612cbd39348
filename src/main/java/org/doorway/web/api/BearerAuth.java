package org.doorway.web.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.doorway.admin.AdminUser;
import org.doorway.admin.ApiToken;
import org.doorway.admin.ApiTokens;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>} for
 * a token that exists and is not revoked; the token's role and actor then sit
 * on the request ({@link #user}). Cookies are never read, so there is no
 * session to forge and no CSRF token is needed. Mount it before any servlet
 * under {@code /api/admin/*} (the reports' API uses it too). Thread-safe.
 */
public final class BearerAuth implements Filter {
    static final String USER = BearerAuth.class.getName() + ".user";
    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;

    public BearerAuth(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Who the request's token speaks for; set by this filter before the request reaches a servlet. */
    public static AdminUser user(HttpServletRequest request) {
        Object user = request.getAttribute(USER);
        if (!(user instanceof AdminUser found)) {
            throw new IllegalStateException("BearerAuth is not mounted in front of " + request.getRequestURI());
        }
        return found;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String header = request.getHeader("Authorization");
        Optional<ApiToken> token = header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? tokens.verify(header.substring(SCHEME.length()).strip()) : Optional.empty();
        if (token.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"doorway-admin\"");
            ApiJson.error(response, 401, "unauthenticated", header == null
                    ? "Send a token in the Authorization header: 'Bearer dwa_…' (make one with 'doorway admin token create')."
                    : "This token is unknown or revoked: make a new one with 'doorway admin token create'.");
            return;
        }
        request.setAttribute(USER, token.get().actor());
        chain.doFilter(request, response);
    }
}
