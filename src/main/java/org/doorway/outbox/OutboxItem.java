package org.doorway.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One queued outbound call as claimed for delivery; {@code attempts} counts
 * earlier tries. {@code unsureSince} is set when an earlier attempt, begun at
 * or after that time, may have reached the platform without its outcome being
 * recorded (its instance died, or the answer timed out): a courier that can ask
 * the platform whether it already has the message does so before sending.
 */
public record OutboxItem(long id, String platform, String operation, String lane, String payloadJson,
        int attempts, Instant createdAt, Optional<Instant> unsureSince) {
    public OutboxItem {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(unsureSince, "unsureSince");
    }

    /** An item no earlier attempt can have delivered. */
    public OutboxItem(long id, String platform, String operation, String lane, String payloadJson, int attempts,
            Instant createdAt) {
        this(id, platform, operation, lane, payloadJson, attempts, createdAt, Optional.empty());
    }

    /** For logs: never the payload, which holds what people wrote. */
    public String describe() {
        return "outbox item " + id + " (" + platform + " " + operation + ", lane " + lane + ")";
    }
}
