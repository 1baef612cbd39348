package org.doorway.teams;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for the Bot Connector service and the Entra ID token endpoint on
 * one loopback server. Activities get 201 with a fresh id unless a test says
 * otherwise; tokens are {@code token-1}, {@code token-2} …
 */
public final class FakeBotConnector implements AutoCloseable {
    public static final String TOKEN_PATH = "/tenant-1/oauth2/v2.0/token";

    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Function<FakeHttpServer.Exchange, FakeHttpServer.Answer> connector = this::created;
    private volatile FakeHttpServer.Answer tokenAnswer;
    private final FakeHttpServer http = new FakeHttpServer(this::answer);

    public URI tokenEndpoint() {
        return http.uri(TOKEN_PATH);
    }

    /** The service URL, with the trailing slash Teams sends. */
    public String serviceUrl() {
        return http.uri("/connector/").toString();
    }

    public void answerActivitiesWith(Function<FakeHttpServer.Exchange, FakeHttpServer.Answer> answer) {
        this.connector = answer;
    }

    public void answerTokensWith(FakeHttpServer.Answer answer) {
        this.tokenAnswer = answer;
    }

    public List<FakeHttpServer.Exchange> tokenRequests() {
        return http.exchanges().stream().filter(exchange -> exchange.path().equals(TOKEN_PATH)).toList();
    }

    /** Calls to the connector API, in order. */
    public List<FakeHttpServer.Exchange> calls() {
        return http.exchanges().stream().filter(exchange -> exchange.path().startsWith("/connector/")).toList();
    }

    private FakeHttpServer.Answer answer(FakeHttpServer.Exchange exchange) {
        if (exchange.path().equals(TOKEN_PATH)) {
            return tokenAnswer != null ? tokenAnswer : FakeHttpServer.Answer.json(200,
                    "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"token-"
                            + tokens.incrementAndGet() + "\"}");
        }
        return connector.apply(exchange);
    }

    /** The default answer: 201 with the next id ({@code sent-1}, {@code sent-2} …), for tests that wrap it. */
    public FakeHttpServer.Answer created(FakeHttpServer.Exchange exchange) {
        return FakeHttpServer.Answer.json(201, "{\"id\":\"sent-" + ids.incrementAndGet() + "\"}");
    }

    @Override
    public void close() {
        http.close();
    }
}
