package org.doorway.teams;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * A tiny HTTP server on loopback for fakes of Microsoft's services: every
 * exchange is recorded, and a function decides the answer.
 */
public final class FakeHttpServer implements AutoCloseable {

    /** One request as received; {@code path} is raw (still percent-encoded). */
    public record Exchange(String method, String path, String query, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The answer to send. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }
    }

    private final Server server;
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private volatile Function<Exchange, Answer> responder;

    public FakeHttpServer(Function<Exchange, Answer> responder) {
        this.responder = responder;
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Map<String, String> headers = new java.util.HashMap<>();
                for (HttpField field : request.getHeaders()) {
                    headers.put(field.getLowerCaseName(), field.getValue());
                }
                Exchange exchange = new Exchange(request.getMethod(), request.getHttpURI().getPath(),
                        request.getHttpURI().getQuery(), headers, Content.Source.asString(request));
                exchanges.add(exchange);
                Answer answer = FakeHttpServer.this.responder.apply(exchange);
                response.setStatus(answer.status());
                answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
                Content.Sink.write(response, true, answer.body(), callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    public void answerWith(Function<Exchange, Answer> responder) {
        this.responder = responder;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getURI().getPort() + path);
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public void forget() {
        exchanges.clear();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
