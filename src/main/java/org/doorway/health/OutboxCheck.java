package org.doorway.health;

import java.time.Clock;
import java.time.Duration;

/**
 * The outbox: replies that wait a little are normal (a burst, a retry after
 * Slack's {@code Retry-After}); replies that wait minutes mean a platform
 * cannot be reached or refuses Doorway, and staff are not hearing back.
 */
public final class OutboxCheck implements HealthCheck {
    /** Undelivered for longer than this: degraded. */
    public static final Duration SLOW = Duration.ofMinutes(2);
    /** Undelivered for longer than this: down. */
    public static final Duration STUCK = Duration.ofMinutes(30);

    private final OutboxBacklog backlog;
    private final Clock clock;

    public OutboxCheck(OutboxBacklog backlog, Clock clock) {
        this.backlog = backlog;
        this.clock = clock;
    }

    @Override
    public ComponentHealth check() {
        OutboxBacklog.Waiting waiting = backlog.waiting();
        if (waiting.count() == 0 || waiting.oldestSince().isEmpty()) {
            return ComponentHealth.ok("outbox", "nothing waiting");
        }
        Duration age = Duration.between(waiting.oldestSince().get(), clock.instant());
        String facts = waiting.count() + " messages waiting, the oldest for " + age.toSeconds() + " s";
        if (age.compareTo(STUCK) > 0) {
            return ComponentHealth.down("outbox", facts + ": nothing is being delivered; see the slack and teams "
                    + "components and the log");
        }
        if (age.compareTo(SLOW) > 0) {
            return ComponentHealth.degraded("outbox", facts + ": deliveries are failing or slow; see the slack and "
                    + "teams components");
        }
        return ComponentHealth.ok("outbox", facts);
    }
}
