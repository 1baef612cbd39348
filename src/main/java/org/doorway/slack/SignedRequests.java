package org.doorway.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing: HMAC-SHA256 of {@code v0:timestamp:body} with the
 * signing secret, and a timestamp within five minutes of now in either
 * direction (Bolt's own check lets a request dated in the future through,
 * which would let a captured request be replayed later). {@code clock} is
 * wall time, as Slack's is. Thread-safe.
 */
final class SignedRequests {
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    SignedRequests(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Why the request must be refused, or empty when it is Slack's. */
    Optional<String> refusal(String timestampHeader, String signatureHeader, String body) {
        if (timestampHeader == null || signatureHeader == null || signatureHeader.isBlank()) {
            return Optional.of("no signature or timestamp");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException notANumber) {
            return Optional.of("the timestamp is not a number");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > WINDOW.toSeconds()) {
            return Optional.of("the timestamp is more than " + WINDOW.toMinutes() + " minutes from now");
        }
        byte[] expected = ("v0=" + hmac(timestamp + "", body)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signatureHeader.trim().getBytes(StandardCharsets.UTF_8))
                ? Optional.empty() : Optional.of("the signature does not match");
    }

    private String hmac(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", impossible);
        }
    }
}
