package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorway.inbox.Foreground;
import org.junit.jupiter.api.Test;

/** In Socket Mode, a Slack request counts as foreground work while Bolt answers it, and not after, even if it fails. */
class ForegroundMiddlewareTest {
    final Foreground foreground = new Foreground(Duration.ofMillis(200));
    final ForegroundMiddleware middleware = new ForegroundMiddleware(foreground);

    @Test
    void a_request_is_in_flight_while_the_listeners_run_and_not_after() throws Exception {
        AtomicInteger seenInside = new AtomicInteger(-1);

        Response ack = middleware.apply(null, Response.ok(), request -> {
            seenInside.set(foreground.inFlight());
            return Response.ok();
        });

        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(seenInside.get()).isEqualTo(1);
        assertThat(foreground.inFlight()).isZero();
    }

    @Test
    void a_failing_request_leaves_nothing_in_flight() {
        assertThatThrownBy(() -> middleware.apply(null, Response.ok(), request -> {
            throw new IllegalStateException("a listener failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(foreground.inFlight()).isZero();
    }
}
