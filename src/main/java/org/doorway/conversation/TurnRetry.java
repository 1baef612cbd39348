package org.doorway.conversation;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.doorway.DoorwayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry policy for a turn's unit of work: a failure that will go away
 * ({@link Transience}, or {@link ChangedMeanwhile}) is tried again a few
 * times with growing, jittered pauses; any other failure, or the last
 * transient one, is thrown for the caller to decide. Thread-safe.
 */
public final class TurnRetry {
    private static final Logger log = LoggerFactory.getLogger(TurnRetry.class);

    private final Transience transience;
    private final int attempts;
    private final Duration firstPause;
    private final Pause pause;

    public TurnRetry(Transience transience, int attempts, Duration firstPause, Pause pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.transience = transience;
        this.attempts = attempts;
        this.firstPause = firstPause;
        this.pause = pause;
    }

    /** Four tries, pausing about 50, 200 and 800 ms between them: well inside the redelivery job's minute. */
    public static TurnRetry standard(Transience transience) {
        return new TurnRetry(transience, 4, Duration.ofMillis(50), Pause.sleeping());
    }

    /** Runs {@code work}, again after a pause while it fails for a transient reason and tries are left. */
    public <T> T run(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (attempt >= attempts || !isTransient(failure)) {
                    throw failure;
                }
                Duration wait = backoff(attempt);
                log.info("{} failed for a passing reason (try {} of {}: {}); trying again in {} ms", what, attempt,
                        attempts, failure.toString(), wait.toMillis());
                pause.pause(wait);
            }
        }
    }

    /** Whether the failure, or anything in its cause chain, will go away. */
    public boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ChangedMeanwhile) {
                return true;
            }
        }
        return transience.isTransient(failure);
    }

    private Duration backoff(int attempt) {
        long base = firstPause.toMillis() << (2 * (attempt - 1));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base + 1));
    }

    /** How the policy waits between tries; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration);

        static Pause sleeping() {
            return duration -> {
                try {
                    Thread.sleep(duration.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new DoorwayException("interrupted while waiting to try a turn again",
                            interrupted);
                }
            };
        }
    }
}
