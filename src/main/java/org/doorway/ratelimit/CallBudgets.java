package org.doorway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For each kind of call, the moment before which it must not be made: set by
 * the platform's Retry-After, or by exponential backoff after server errors
 * (1 s, 2 s, 4 s … at most a minute, ended by the next success). Time is the
 * injected clock. Thread-safe.
 */
public final class CallBudgets {
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_WAIT = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant until, int serverErrors) {}

    public CallBudgets(Clock clock) {
        this.clock = clock;
    }

    /** How long a call of this kind must still wait; zero when it may be made now. */
    public Duration waitFor(String key) {
        Window window = windows.get(key);
        if (window == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), window.until());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The platform said to wait (429, or a 5xx with Retry-After): no call of this kind before then. */
    public void waitAsked(String key, Duration retryAfter) {
        Duration wait = retryAfter.isNegative() ? Duration.ZERO
                : retryAfter.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : retryAfter;
        Instant until = clock.instant().plus(wait);
        windows.merge(key, new Window(until, 0), (old, asked) -> new Window(
                old.until().isAfter(until) ? old.until() : until, old.serverErrors()));
    }

    /** A server error or timeout without Retry-After: back off, longer after each one in a row. */
    public void serverError(String key) {
        Instant now = clock.instant();
        windows.compute(key, (name, old) -> {
            int errors = old == null ? 1 : old.serverErrors() + 1;
            long factor = 1L << Math.min(errors - 1, 10);
            Duration backoff = FIRST_BACKOFF.multipliedBy(factor);
            Instant until = now.plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
            return new Window(old != null && old.until().isAfter(until) ? old.until() : until, errors);
        });
    }

    /** The platform answered: server-error backoff starts again from the beginning. */
    public void succeeded(String key) {
        windows.computeIfPresent(key, (name, old) -> old.until().isAfter(clock.instant())
                ? new Window(old.until(), 0) : null);
    }
}
