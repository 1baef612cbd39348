package org.doorway.slack;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A fake Slack Web API on a local Jetty: answers the methods Doorway calls
 * with JSON in the shape Slack returns, records every call, and can be told to
 * fail the next call of a method (429 with Retry-After, 500, ok:false).
 * Posted messages are kept, with their metadata, for
 * {@code conversations.history} and {@code conversations.replies}; each ts is
 * the fake's clock's second and a counter.
 * {@code apps.connections.open} hands out {@link #socketModeAt}'s URL, and
 * only to an app-level token, as Slack does.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String BOT_USER = "UBOT";
    public static final String BOT_ID = "BBOT";

    /**
     * One recorded call: the method, its form parameters, the ts the answer
     * gave (a posted message's), when it arrived by {@link #timeBy}'s clock, and
     * the Retry-After it was answered with (0 when it was not rate-limited).
     */
    public record Call(String method, Map<String, String> params, String ts, java.time.Instant at, long retryAfter) {
        public String param(String name) {
            return params.get(name);
        }
    }

    private record Scripted(int status, String retryAfter, String body) {}

    /** A message Slack would keep: what conversations.history and conversations.replies read back. */
    private record Posted(String channel, String ts, String threadTs, String metadata) {
        boolean since(String oldest) {
            return oldest == null || new BigDecimal(ts).compareTo(new BigDecimal(oldest)) >= 0;
        }

        String json(boolean withMetadata) {
            return "{\"type\":\"message\",\"user\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID
                    + "\",\"ts\":\"" + ts + "\"" + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"")
                    + (withMetadata && metadata != null ? ",\"metadata\":" + metadata : "") + "}";
        }
    }

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    /** In arrival order; a queue, not a copy-on-write list, so that thousands of calls under load stay cheap. */
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Deque<Scripted>> scripts = new ConcurrentHashMap<>();
    private final AtomicInteger nextTs = new AtomicInteger(100);
    private final Queue<Posted> posted = new ConcurrentLinkedQueue<>();
    private volatile long delayMillis;
    private volatile String socketModeUrl = "ws://127.0.0.1:1/link";
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();
    private final Map<String, Long> storms = new ConcurrentHashMap<>();

    public FakeSlackApi() {
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new Api()), "/api/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The Web API base URL, with the trailing slash Slack's SDK needs. */
    public String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/api/";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** Calls other than the token check Bolt makes. */
    public List<Call> callsBesidesAuth() {
        return calls.stream().filter(call -> !call.method().equals("auth.test")).toList();
    }

    public void failNext(String method, int status, String retryAfter, String body) {
        scripts.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Scripted(status, retryAfter, body));
    }

    /** Makes every answer slower, like a real network. */
    public void delay(long millis) {
        delayMillis = millis;
    }

    /** Where {@code apps.connections.open} sends Socket Mode clients: a {@link FakeSocketMode}'s URL. */
    public void socketModeAt(String url) {
        socketModeUrl = url;
    }

    /** Stops listening, so that calls are refused as if Slack could not be reached, until {@link #comeBack()}. */
    public void goDown() throws Exception {
        int port = connector.getLocalPort();
        connector.stop();
        connector.setPort(port);
    }

    /** Listens again on the same port. */
    public void comeBack() throws Exception {
        connector.start();
    }

    /** Stamps each call with this clock's time (a test clock, so that windows are counted in its time). */
    public void timeBy(java.time.Clock clock) {
        this.clock = clock;
    }

    /** Answers every call of {@code method} with 429 and this Retry-After until {@link #calm}. */
    public void storm(String method, long retryAfterSeconds) {
        storms.put(method, retryAfterSeconds);
    }

    public void calm() {
        storms.clear();
    }

    public void clear() {
        calls.clear();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private final class Api extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String method = request.getPathInfo().substring(1);
            Map<String, String> params = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
            String ts = clock.instant().getEpochSecond() + "." + String.format("%06d",
                    nextTs.incrementAndGet() % 1_000_000);
            Long storm = storms.get(method);
            calls.add(new Call(method, params, ts, clock.instant(), storm == null ? 0 : storm));
            if (storm != null) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(storm));
                response.setContentType("application/json;charset=utf-8");
                response.getWriter().write("{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            Deque<Scripted> script = scripts.get(method);
            Scripted failure = script == null ? null : script.poll();
            response.setContentType("application/json;charset=utf-8");
            if (failure != null) {
                response.setStatus(failure.status());
                if (failure.retryAfter() != null) {
                    response.setHeader("Retry-After", failure.retryAfter());
                }
                response.getWriter().write(failure.body());
                return;
            }
            if (method.equals("chat.postMessage")) {
                posted.add(new Posted(params.get("channel"), ts, params.get("thread_ts"), params.get("metadata")));
            }
            response.getWriter().write(answer(method, params, ts, request.getHeader("Authorization")));
        }
    }

    /** A user's DM is D + their id without the U; several users share a group DM, G + their ids, sorted. */
    public static String channelFor(String users) {
        List<String> ids = java.util.Arrays.stream(users.split(",")).map(String::trim).sorted().toList();
        return ids.size() == 1 ? "D" + ids.get(0).substring(1)
                : "G" + String.join("", ids.stream().map(id -> id.substring(1)).toList());
    }

    /** Newest first, from {@code oldest} on, metadata only when asked for, as Slack answers; one page. */
    private static String history(Map<String, String> params, Stream<Posted> messages) {
        boolean withMetadata = "true".equals(params.get("include_all_metadata"));
        List<Posted> found = new ArrayList<>(messages.filter(message -> message.since(params.get("oldest")))
                .toList());
        Collections.reverse(found);
        return "{\"ok\":true,\"has_more\":false,\"messages\":["
                + String.join(",", found.stream().map(message -> message.json(withMetadata)).toList()) + "]}";
    }

    private String answer(String method, Map<String, String> params, String ts, String authorization) {
        return switch (method) {
            case "apps.connections.open" -> authorization != null && authorization.startsWith("Bearer xapp-")
                    ? "{\"ok\":true,\"url\":\"%s\"}".formatted(socketModeUrl)
                    : "{\"ok\":false,\"error\":\"not_allowed_token_type\"}";
            case "auth.test" -> """
                    {"ok":true,"url":"https://doorway-test.slack.com/","team":"Doorway Test","user":"doorway",\
                    "team_id":"T0001","user_id":"%s","bot_id":"%s","is_enterprise_install":false}"""
                    .formatted(BOT_USER, BOT_ID);
            case "chat.postMessage" -> """
                    {"ok":true,"channel":"%s","ts":"%s","message":{"type":"message","user":"%s","bot_id":"%s",\
                    "text":"","ts":"%s"}}""".formatted(params.get("channel"), ts, BOT_USER, BOT_ID, ts);
            case "chat.update" -> """
                    {"ok":true,"channel":"%s","ts":"%s","text":""}""".formatted(params.get("channel"),
                    params.get("ts"));
            case "views.publish" -> """
                    {"ok":true,"view":{"id":"V0001","team_id":"T0001","type":"home","blocks":[],"hash":"1.abc"}}""";
            case "views.open" -> """
                    {"ok":true,"view":{"id":"V0002","team_id":"T0001","type":"modal","blocks":[],"hash":"1.abd"}}""";
            case "chat.postEphemeral" -> """
                    {"ok":true,"message_ts":"%s"}""".formatted(ts);
            case "users.info" -> """
                    {"ok":true,"user":{"id":"%s","team_id":"T0001","name":"ada","real_name":"Ada Lovelace",\
                    "profile":{"display_name":"Ada","real_name":"Ada Lovelace"},"is_bot":false}}"""
                    .formatted(params.get("user"));
            case "conversations.history" -> history(params, posted.stream()
                    .filter(message -> message.channel().equals(params.get("channel")) && message.threadTs() == null));
            case "conversations.replies" -> history(params, posted.stream()
                    .filter(message -> message.channel().equals(params.get("channel"))
                            && (params.get("ts").equals(message.threadTs()) || params.get("ts").equals(message.ts()))));
            case "conversations.open" -> """
                    {"ok":true,"channel":{"id":"%s"}}""".formatted(channelFor(params.getOrDefault("users", "UX")));
            default -> """
                    {"ok":false,"error":"unknown_method"}""";
        };
    }
}
