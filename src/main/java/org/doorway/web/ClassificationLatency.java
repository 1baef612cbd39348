package org.doorway.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * How long the need classifier takes per message, as a Prometheus histogram
 * ({@code doorway_classification_seconds_bucket}) with buckets around its
 * targets (p50 under 10 ms, p99 under 30 ms; docs/benchmarks.md), so that
 * operators can compute any percentile across instances.
 */
public final class ClassificationLatency {
    static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(30), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500)};

    private ClassificationLatency() {}

    /** Registers the histogram; the returned consumer records one classification's duration in nanoseconds. */
    public static LongConsumer bind(MeterRegistry registry) {
        Timer timer = Timer.builder("doorway.classification")
                .description("Time the need classifier took per message")
                .serviceLevelObjectives(BUCKETS)
                .minimumExpectedValue(BUCKETS[0]).maximumExpectedValue(BUCKETS[BUCKETS.length - 1])
                .register(registry);
        return nanos -> timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
