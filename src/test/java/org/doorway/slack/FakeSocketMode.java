package org.doorway.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Slack Socket Mode endpoint: a WebSocket server on a free loopback
 * port (the URL {@link FakeSlackApi} hands out from {@code apps.connections.open})
 * that greets each connection with {@code hello}, sends the envelopes a test
 * gives it and records every message the client sends back (its acks).
 * Thread-safe.
 */
public final class FakeSocketMode implements AutoCloseable {
    private static final ObjectMapper json = new ObjectMapper();
    private static final String HELLO = """
            {"type":"hello","num_connections":1,"debug_info":{"host":"applink-fake","build_number":1,\
            "approximate_connection_time":18060},"connection_info":{"app_id":"A0001"}}""";

    private final Server server = new Server();
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<WebSocket> greeted = new CopyOnWriteArrayList<>();
    private final List<JsonNode> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();
    private volatile boolean answeringPings = true;
    private volatile long lastPongNanos = System.nanoTime();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();

    public FakeSocketMode() {
        server.setReuseAddr(true);
        server.start();
        try {
            if (!started.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake Socket Mode server did not start: " + failures);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** What {@code apps.connections.open} answers; Slack's real one is {@code wss://…/link/?ticket=…}. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link";
    }

    /** How many clients are connected and greeted now. */
    public int connections() {
        return (int) greeted.stream().filter(WebSocket::isOpen).count();
    }

    /** Sends an envelope to every connected client, as Slack sends it to one of an app's connections. */
    public void send(String envelope) {
        List<WebSocket> open = greeted.stream().filter(WebSocket::isOpen).toList();
        if (open.isEmpty()) {
            throw new IllegalStateException("no Socket Mode client is connected");
        }
        open.forEach(socket -> socket.send(envelope));
    }

    /**
     * Says goodbye as Slack does when it refreshes a connection (every few
     * hours, and on deploys), then closes it: the client must connect again.
     */
    public void refreshConnections() {
        for (WebSocket socket : greeted) {
            socket.send("""
                    {"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-fake"}}""");
            socket.close(1000, "refresh_requested");
        }
    }

    /** From now on, leaves the client's pings unanswered, like a connection going bad. */
    public void ignorePings() {
        answeringPings = false;
    }

    public long millisSinceLastPong() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastPongNanos);
    }

    /** How many connections were ever opened. */
    public int opened() {
        return opened.get();
    }

    /** Everything clients sent, in order. */
    public List<JsonNode> answers() {
        return List.copyOf(answers);
    }

    /** The client's answer to one envelope, if it came. */
    public Optional<JsonNode> ack(String envelopeId) {
        return answers.stream().filter(answer -> envelopeId.equals(answer.path("envelope_id").asText())).findFirst();
    }

    public long acks(String envelopeId) {
        return answers.stream().filter(answer -> envelopeId.equals(answer.path("envelope_id").asText())).count();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(2_000);
    }

    private final class Server extends WebSocketServer {
        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            socket.send(HELLO);
            greeted.add(socket);
            opened.incrementAndGet();
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            try {
                answers.add(json.readTree(message));
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }

        @Override
        public void onWebsocketPing(WebSocket socket, Framedata ping) {
            if (answeringPings) {
                super.onWebsocketPing(socket, ping);
                lastPongNanos = System.nanoTime();
            }
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            greeted.remove(socket);
        }

        @Override
        public void onError(WebSocket socket, Exception failure) {
            failures.add(failure);
        }
    }
}
