package org.doorway.slack;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.doorway.inbox.Foreground;

/** Bolt's servlet, with each request counted as {@link Foreground} work until its ack is written. */
final class ForegroundServlet extends HttpServlet {
    private final HttpServlet bolt;
    private final transient Foreground foreground;

    ForegroundServlet(HttpServlet bolt, Foreground foreground) {
        this.bolt = bolt;
        this.foreground = foreground;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        bolt.init(config);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        foreground.enter();
        try {
            bolt.service(request, response);
        } finally {
            foreground.leave();
        }
    }

    @Override
    public void destroy() {
        bolt.destroy();
        super.destroy();
    }
}
