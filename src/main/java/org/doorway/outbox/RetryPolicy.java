package org.doorway.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait after a transient failure: exponential from {@code base},
 * capped at {@code max}, with "equal jitter" (half fixed, half random) so
 * that instances recovering from one outage do not retry in lockstep. Gives
 * up after {@code maxAttempts}. {@code random} returns values in [0, 1).
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts, DoubleSupplier random) {

    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(10), 10, Math::random);
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait before the next try, after {@code attempts} failed ones (1 or more). */
    public Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long ceiling = Math.min(max.toMillis(), base.toMillis() << doublings);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
