package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorway.inbox.Foreground;
import org.doorway.web.WebServer;
import org.junit.jupiter.api.Test;

/** Over HTTP, a Slack request counts as foreground work for exactly as long as it is being answered. */
class ForegroundServletTest {

    @Test
    void a_request_is_in_flight_while_it_is_answered_and_not_after() throws Exception {
        Foreground foreground = new Foreground(Duration.ofMillis(200));
        AtomicInteger seenInside = new AtomicInteger(-1);
        HttpServlet bolt = new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) {
                seenInside.set(foreground.inFlight());
                response.setStatus(200);
            }
        };
        try (WebServer web = new WebServer(0, new SimpleMeterRegistry())) {
            web.mount(SlackAdapter.PATH, new ForegroundServlet(bolt, foreground));
            web.start();

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + web.port() + SlackAdapter.PATH))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(seenInside.get()).isEqualTo(1);
            assertThat(foreground.inFlight()).isZero();
        }
    }
}
