package org.doorway.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.doorway.slack.SlackSigner;

/**
 * Sends signed requests at a fixed rate (open loop) and records each ack's
 * latency from the moment it was due, so a slow server cannot hide its delay
 * by slowing the sender (coordinated omission). A request not acked with 200
 * within 3 s, Slack's limit, is an error.
 */
final class FixedRateLoad {
    private static final Duration SLACK_DEADLINE = Duration.ofSeconds(3);

    private final SlackSigner signer;

    FixedRateLoad(SlackSigner signer) {
        this.signer = signer;
    }

    StepResult run(String target, int rate, int seconds, LongFunction<String> body) {
        ConcurrentHistogram micros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long total = (long) rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        List<CompletableFuture<?>> inFlight = new ArrayList<>((int) total);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            var request = signer.request("application/json", body.apply(i));
            inFlight.add(signer.sendAsync(request).orTimeout(SLACK_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((response, failure) -> {
                        long latency = (System.nanoTime() - due) / 1_000;
                        if (failure == null && response.statusCode() == 200 && latency <= SLACK_DEADLINE.toMillis()
                                * 1_000) {
                            ok.incrementAndGet();
                            micros.recordValue(Math.min(latency, micros.getHighestTrackableValue()));
                        } else {
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(ignored -> null).join();
        return new StepResult(target, rate, seconds, total, ok.get(), errors.get(), millis(micros, 50),
                millis(micros, 99), micros.getTotalCount() == 0 ? 0 : micros.getMaxValue() / 1000.0, Double.NaN);
    }

    private static double millis(ConcurrentHistogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }
}
