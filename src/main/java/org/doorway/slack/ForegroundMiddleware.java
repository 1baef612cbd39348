package org.doorway.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.doorway.inbox.Foreground;

/**
 * In Socket Mode, where no servlet sees Slack's requests, a request counts as
 * foreground work from the first middleware until its ack is ready, so work
 * after earlier acks gives way to it ({@link ForegroundServlet} does this over
 * HTTP).
 */
final class ForegroundMiddleware implements Middleware {
    private final Foreground foreground;

    ForegroundMiddleware(Foreground foreground) {
        this.foreground = foreground;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        foreground.enter();
        try {
            return chain.next(request);
        } finally {
            foreground.leave();
        }
    }
}
