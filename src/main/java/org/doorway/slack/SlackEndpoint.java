package org.doorway.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.doorway.inbox.InboxUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: Bolt behind a door that answers every request
 * with a short, deliberate status. Unsigned, forged or out-of-window requests
 * get 401; signed bodies that cannot be read get 400; readable ones Bolt cannot
 * map (fields of the wrong type), that miss what Doorway needs
 * ({@link IncompletePayloads}) or that meet a bug get 200, logged once, since
 * Slack would only repeat them. The one 5xx is 503 when the event could not
 * be recorded: then Slack must send it again. Replaces Bolt's servlet, which
 * lets parser exceptions through to the container's error page.
 */
final class SlackEndpoint extends HttpServlet {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient SignedRequests signatures;

    SlackEndpoint(App app, SignedRequests signatures) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            answer(response, 413, "request too large");
            return;
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        Optional<String> refused = signatures.refusal(request.getHeader("X-Slack-Request-Timestamp"),
                request.getHeader("X-Slack-Signature"), body);
        if (refused.isPresent()) {
            log.warn("Slack request refused (401): {}", refused.get());
            answer(response, 401, "unauthorized");
            return;
        }
        Optional<String> unreadable = SlackBodySyntax.problem(request.getContentType(), body);
        if (unreadable.isPresent()) {
            log.warn("Signed Slack request refused (400): {}", unreadable.get());
            answer(response, 400, "malformed request");
            return;
        }
        Request<?> parsed;
        try {
            parsed = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(request.getRequestURI())
                    .queryString(QueryStringParser.toMap(request.getQueryString()))
                    .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(request)))
                    .requestBody(body).remoteAddress(request.getRemoteAddr()).build());
        } catch (RuntimeException wrongTypes) {
            log.warn("Signed Slack request with fields of unexpected types ({}); acknowledged and ignored",
                    wrongTypes.getClass().getSimpleName());
            answer(response, 200, "");
            return;
        }
        if (parsed == null) {
            log.warn("Signed Slack request of no kind Bolt knows; acknowledged and ignored");
            answer(response, 200, "");
            return;
        }
        run(parsed, response);
    }

    private void run(Request<?> parsed, HttpServletResponse response) throws IOException {
        try {
            ServletAdapterOps.writeResponse(response, app.run(parsed));
        } catch (Exception failure) {
            if (causedBy(failure, InboxUnavailable.class)) {
                log.warn("Slack {} not acknowledged: {}", parsed.getRequestType(), failure.getMessage());
                response.setHeader("Retry-After", "1");
                answer(response, 503, "busy, try again shortly");
                return;
            }
            if (thrownByGson(failure)) {
                log.warn("Signed Slack {} request with fields of unexpected types ({}); acknowledged and ignored",
                        parsed.getRequestType(), failure.getClass().getSimpleName());
            } else {
                log.error("Slack {} request failed; acknowledged so that Slack does not repeat it",
                        parsed.getRequestType(), failure);
            }
            answer(response, 200, "");
        }
    }

    /**
     * Bolt reads an event's fields with Gson only when a listener asks for them, so a value of the wrong type
     * (text where a number belongs) fails there: a broken request, not a bug, and its message quotes the value.
     */
    private static boolean thrownByGson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith("com.google.gson.")) {
                    return true;
                }
                if (frame.getClassName().startsWith("org.doorway.")) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(text);
    }
}
