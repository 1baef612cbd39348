package org.doorway.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts raw requests to a Slack endpoint the way Slack does: body signed with
 * HMAC-SHA256 over {@code v0:timestamp:body}. Thread-safe.
 */
public final class SlackSigner {
    private final String secret;
    private final URI endpoint;
    private final HttpClient http;

    public SlackSigner(String secret, URI endpoint, HttpClient http) {
        this.secret = secret;
        this.endpoint = endpoint;
        this.http = http;
    }

    public static SlackSigner to(String secret, String endpoint) {
        return new SlackSigner(secret, URI.create(endpoint),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public String signature(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A correctly signed request, timestamped now. */
    public HttpRequest request(String contentType, String body, String... headers) {
        long now = Instant.now().getEpochSecond();
        return request(contentType, body, now, signature(now, body), headers);
    }

    public HttpRequest request(String contentType, String body, long timestamp, String signature, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder.build();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public java.util.concurrent.CompletableFuture<HttpResponse<Void>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    public HttpResponse<String> postJson(String body, String... headers) {
        return send(request("application/json", body, headers));
    }

    public HttpResponse<String> postForm(String body) {
        return send(request("application/x-www-form-urlencoded", body));
    }
}
