package org.doorway.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /readyz}, the readiness check for a load balancer: 200 {@code
 * ready} when Doorway can take requests (its database answers and is
 * migrated, and it is not stopping), else 503 with the reason in one line.
 */
public final class ReadinessServlet extends HttpServlet {
    private final transient Supplier<Optional<String>> notReadyBecause;

    /** {@code notReadyBecause} is empty when ready, else the reason. */
    public ReadinessServlet(Supplier<Optional<String>> notReadyBecause) {
        this.notReadyBecause = notReadyBecause;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> reason = notReadyBecause.get();
        response.setStatus(reason.isEmpty() ? 200 : 503);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(reason.map(why -> "not ready: " + why).orElse("ready") + "\n");
    }
}
