package org.doorway.outbox;

import java.time.Instant;
import java.util.Objects;

/** One queued outbound call as claimed for delivery; {@code attempts} counts earlier tries. */
public record OutboxItem(long id, String platform, String operation, String lane, String payloadJson,
        int attempts, Instant createdAt) {
    public OutboxItem {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }

    /** For logs: never the payload, which holds what people wrote. */
    public String describe() {
        return "outbox item " + id + " (" + platform + " " + operation + ", lane " + lane + ")";
    }
}
