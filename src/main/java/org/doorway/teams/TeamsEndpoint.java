package org.doorway.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.doorway.teams.auth.TokenCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: checks the request, answers at once and leaves
 * the work to the executor. A request that fails the check is answered 401 or
 * 403 and nothing of it is processed or stored.
 */
public final class TeamsEndpoint extends HttpServlet {
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TeamsEndpoint.class);
    private static final ObjectMapper json = new ObjectMapper();

    private final transient InboundAuthentication authentication;
    private final transient ActivityHandler handler;
    private final transient Executor executor;

    TeamsEndpoint(InboundAuthentication authentication, ActivityHandler handler, Executor executor) {
        this.authentication = authentication;
        this.handler = handler;
        this.executor = executor;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            answer(response, 413, "activity too large");
            return;
        }
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (IOException notJson) {
            activity = null;
        }
        if (activity == null || !activity.isObject()) {
            answer(response, 400, "the body must be a Bot Framework activity (JSON)");
            return;
        }
        InboundActivity parsed = InboundActivity.of(activity);
        TokenCheck check = authentication.check(request.getHeader("Authorization"), parsed.channelId(),
                parsed.serviceUrl());
        if (check instanceof TokenCheck.Unavailable unavailable) {
            log.warn("Teams request not checked, answered 503 for the Bot Framework to send again: {}",
                    unavailable.reason());
            response.setHeader("Retry-After", "30");
            answer(response, 503, "cannot verify requests right now, try again shortly");
            return;
        }
        if (!check.valid()) {
            boolean forbidden = check instanceof TokenCheck.Forbidden;
            log.warn("Teams request refused ({}): {}", forbidden ? 403 : 401, reason(check));
            answer(response, forbidden ? 403 : 401, forbidden ? "forbidden" : "unauthorized");
            return;
        }
        try {
            executor.execute(() -> work(parsed));
        } catch (RejectedExecutionException busy) {
            response.setHeader("Retry-After", "5");
            answer(response, 503, "busy, try again shortly");
            return;
        }
        response.setStatus(parsed.type().equals("invoke") ? 200 : 202);
        if (parsed.type().equals("invoke")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":200}");
        }
    }

    private void work(InboundActivity activity) {
        try {
            handler.handle(activity);
        } catch (RuntimeException failure) {
            log.error("Teams activity {} of type {} failed", activity.id(), activity.type(), failure);
        }
    }

    private static String reason(TokenCheck check) {
        return check instanceof TokenCheck.Unauthorized unauthorized ? unauthorized.reason()
                : ((TokenCheck.Forbidden) check).reason();
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(message);
    }
}
