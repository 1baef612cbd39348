package org.doorway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong inside, a client sees a status and one plain line: no exception text, no server version. */
class WebServerErrorsTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private WebServer web;

    @BeforeEach
    void start() {
        web = new WebServer(0, new SimpleMeterRegistry())
                .mount("/boom", new HttpServlet() {
                    @Override
                    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
                        throw new IllegalStateException("secret detail of a bug");
                    }
                })
                .mount("/refuse", new HttpServlet() {
                    @Override
                    protected void doPost(HttpServletRequest request, HttpServletResponse response)
                            throws java.io.IOException {
                        response.sendError(503, "internal reason nobody outside should read");
                    }
                });
        web.start();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void anExceptionInAServlet_isAPlain500WithoutItsText() throws Exception {
        HttpResponse<String> response = post("/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("500 Server Error\n");
        assertPlain(response);
    }

    @Test
    void sendErrorWithAMessage_showsOnlyTheStatus() throws Exception {
        HttpResponse<String> response = post("/refuse");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("503 Service Unavailable\n");
        assertPlain(response);
    }

    @Test
    void unknownPathsAndWrongMethods_arePlainToo() throws Exception {
        HttpResponse<String> missing = post("/nothing-here");
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("/boom")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isIn(404, 405);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertPlain(missing);
        assertPlain(wrongMethod);
    }

    @Test
    void aRequestJettyCannotParse_getsNoServerVersion() throws Exception {
        String answer;
        try (Socket socket = new Socket("127.0.0.1", web.port())) {
            socket.getOutputStream().write("POST /boom HTTP/1.1\r\nHost: x\r\nContent-Length: nine\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(5_000);
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("jetty")
                .doesNotContainIgnoringCase("\nServer:");
    }

    private void assertPlain(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(response.body()).doesNotContainIgnoringCase("jetty").doesNotContain("Exception")
                .doesNotContain("secret").doesNotContain("internal reason").doesNotContain("<html");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }
}
