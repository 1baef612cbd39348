package org.doorway.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import org.doorway.health.OperationalFigures;

/**
 * Doorway's own gauges on /metrics: requests by outcome, handoffs waiting and
 * the oldest one's age, outbox depth and oldest undelivered age per platform,
 * deliveries given up, inbox backlog. One database read serves every gauge of
 * a scrape (the snapshot is kept for five seconds). Follow-ups due
 * ({@link #followUpsDue}) is one count of its own per scrape. Thread-safe.
 */
public final class OperationalMetrics {
    static final Duration FRESH = Duration.ofSeconds(5);
    static final List<String> PLATFORMS = List.of("slack", "teams");
    static final List<String> OUTCOMES = List.of("open", "suggested", "chosen", "handed-off", "fault", "out-of-scope",
            "abandoned");
    private final OperationalFigures figures;
    private final Clock clock;
    private OperationalFigures.Snapshot snapshot;
    private Instant readAt = Instant.MIN;

    private OperationalMetrics(OperationalFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public static OperationalMetrics bind(MeterRegistry registry, OperationalFigures figures, Clock clock) {
        OperationalMetrics metrics = new OperationalMetrics(figures, clock);
        for (String outcome : OUTCOMES) {
            metrics.gauge(registry, "doorway.requests", "Requests by where they ended up", "outcome", outcome,
                    s -> s.requestsByOutcome().getOrDefault(outcome, 0L));
        }
        metrics.gauge(registry, "doorway.handoffs.waiting", "Handoffs nobody has picked up", null, null,
                OperationalFigures.Snapshot::handoffsWaiting);
        metrics.gauge(registry, "doorway.handoffs.oldest.waiting.seconds", "Age of the oldest handoff nobody has "
                + "picked up", null, null, s -> s.oldestHandoff().map(metrics::age).orElse(0.0));
        for (String platform : PLATFORMS) {
            metrics.gauge(registry, "doorway.outbox.depth", "Outbound messages not yet delivered", "platform", platform,
                    s -> s.outboxDepth().getOrDefault(platform, 0L));
            metrics.gauge(registry, "doorway.outbox.oldest.undelivered.seconds", "Age of the oldest undelivered "
                    + "message", "platform", platform, s -> s.oldestUndelivered().containsKey(platform)
                    ? metrics.age(s.oldestUndelivered().get(platform)) : 0.0);
            metrics.gauge(registry, "doorway.outbox.failed", "Messages given up after every retry", "platform",
                    platform, s -> s.deliveryFailures().getOrDefault(platform, 0L));
        }
        metrics.gauge(registry, "doorway.inbox.backlog", "Events acknowledged but not yet answered", null, null,
                OperationalFigures.Snapshot::inboxBacklog);
        return metrics;
    }

    /** Binds the follow-ups-due gauge to the follow-up feature's count. */
    public static void followUpsDue(MeterRegistry registry, LongSupplier due) {
        // A strong reference: Micrometer holds a gauge's object weakly, and nothing else holds this lambda.
        Gauge.builder("doorway.followups.due", due, supplier -> supplier.getAsLong()).strongReference(true)
                .description("Follow-ups whose time has come and are not yet sent").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, String tag, String value,
            ToDoubleFunction<OperationalFigures.Snapshot> read) {
        Gauge.Builder<OperationalMetrics> builder = Gauge.builder(name, this, metrics -> read.applyAsDouble(
                metrics.current())).description(description);
        if (tag != null) {
            builder.tag(tag, value);
        }
        builder.register(registry);
    }

    private synchronized OperationalFigures.Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || Duration.between(readAt, now).compareTo(FRESH) > 0) {
            snapshot = figures.read();
            readAt = now;
        }
        return snapshot;
    }

    private double age(Instant since) {
        return Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }
}
