package org.doorway.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.doorway.ratelimit.CallBudgets;

/**
 * Every Web API call Doorway and Bolt make passes here, on the one HTTP
 * client they share. Slack rate-limits each method separately: a 429's
 * {@code Retry-After}, or a server error's backoff, holds back that method
 * only, and a call made inside the window never leaves this machine; it gets
 * a 429 of our own with the time still to wait (and the header
 * {@value #LOCAL}), which every caller already handles. Thread-safe.
 */
final class SlackMethodBudgets implements Interceptor {
    static final String LOCAL = "X-Doorway-Waiting";

    private final CallBudgets budgets;

    SlackMethodBudgets(CallBudgets budgets) {
        this.budgets = budgets;
    }

    /** True when calls of {@code method} must wait now (lookups that can do without use a fallback instead). */
    boolean waiting(String method) {
        return !budgets.waitFor(method).isZero();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        List<String> segments = chain.request().url().pathSegments();
        String method = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        Duration wait = budgets.waitFor(method);
        if (!wait.isZero()) {
            return waitLonger(chain, wait);
        }
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException unreachable) {
            budgets.serverError(method);
            throw unreachable;
        }
        if (response.code() == 429) {
            budgets.waitAsked(method, SlackCourier.retryAfter(response.header("Retry-After")));
        } else if (response.code() >= 500 && response.header("Retry-After") != null) {
            budgets.waitAsked(method, SlackCourier.retryAfter(response.header("Retry-After")));
        } else if (response.code() >= 500) {
            budgets.serverError(method);
        } else {
            budgets.succeeded(method);
        }
        return response;
    }

    private static Response waitLonger(Chain chain, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(429)
                .message("Too Many Requests").header("Retry-After", Long.toString(seconds)).header(LOCAL, "true")
                .body(ResponseBody.create("{\"ok\":false,\"error\":\"ratelimited\"}",
                        MediaType.get("application/json; charset=utf-8")))
                .build();
    }
}
