package org.doorway.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Bolt middleware that acks, and logs once, a request missing a field the
 * listeners rely on ({@link PayloadShape}), so that no listener meets a null
 * and nothing is recorded for it. Over HTTP and in Socket Mode alike. An ack,
 * not an error: Slack would only send the same broken request again.
 */
final class IncompletePayloads implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(IncompletePayloads.class);

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        Optional<String> missing = PayloadShape.missing(request);
        if (missing.isPresent()) {
            log.warn("Slack sent a {} request without {}; acknowledged and ignored", request.getRequestType(),
                    missing.get());
            return Response.ok();
        }
        return chain.next(request);
    }
}
