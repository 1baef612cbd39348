package org.doorway.health;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote service looked at in the background: at once on {@link #start},
 * again with growing waits while it cannot be reached, and every
 * {@code recheckEvery} once it can. Doorway never refuses to start because a
 * remote service is down; this check says so in {@code /healthz} instead, and
 * the log says it once per outage, in one line, without a stack trace.
 * Thread-safe.
 */
public final class RemoteCheck implements HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(RemoteCheck.class);

    private final String name;
    private final Probe probe;
    private final Backoff backoff;
    private final Duration recheckEvery;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger failures = new AtomicInteger();
    private volatile ProbeResult last;
    private volatile Duration nextWait = Duration.ZERO;

    public RemoteCheck(String name, Probe probe, Backoff backoff, Duration recheckEvery,
            ScheduledExecutorService scheduler) {
        this.name = name;
        this.probe = probe;
        this.backoff = backoff;
        this.recheckEvery = recheckEvery;
        this.scheduler = scheduler;
    }

    /** Looks now, in the background, and keeps looking. */
    public RemoteCheck start() {
        schedule(Duration.ZERO);
        return this;
    }

    /** True once the service has answered as expected at the last look. */
    public boolean reachable() {
        return last instanceof ProbeResult.Reachable;
    }

    @Override
    public ComponentHealth check() {
        ProbeResult seen = last;
        if (seen == null) {
            return ComponentHealth.degraded(name, "starting: not reached yet");
        }
        String retry = "; trying again within " + nextWait.toSeconds() + " s (attempt " + (failures.get() + 1) + ")";
        if (seen instanceof ProbeResult.Reachable reachable) {
            return ComponentHealth.ok(name, reachable.detail());
        }
        if (seen instanceof ProbeResult.Refused refused) {
            return ComponentHealth.down(name, refused.reason() + retry);
        }
        return ComponentHealth.degraded(name, ((ProbeResult.Unreachable) seen).reason() + retry);
    }

    private void schedule(Duration wait) {
        try {
            scheduler.schedule(this::look, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // Doorway is stopping: no more looks.
        }
    }

    private void look() {
        ProbeResult result;
        try {
            result = probe.probe();
        } catch (RuntimeException failure) {
            result = new ProbeResult.Unreachable(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        if (Thread.currentThread().isInterrupted() || scheduler.isShutdown()) {
            return; // Doorway is stopping: this look was cut short and says nothing about the service
        }
        ProbeResult before = last;
        last = result;
        if (result instanceof ProbeResult.Reachable) {
            if (failures.getAndSet(0) > 0) {
                log.info("{} reachable again", name);
            }
            nextWait = recheckEvery;
        } else {
            int attempt = failures.incrementAndGet();
            nextWait = result instanceof ProbeResult.Refused ? backoff.longest() : backoff.after(attempt);
            report(before, result);
        }
        schedule(nextWait);
    }

    /** Once per outage, and again when the reason changes. */
    private void report(ProbeResult before, ProbeResult now) {
        if (now.equals(before)) {
            log.debug("{} still not reachable: {}", name, now);
            return;
        }
        if (now instanceof ProbeResult.Refused refused) {
            log.error("{}: {}. Doorway serves everything else and tries again every {} s", name, refused.reason(),
                    nextWait.toSeconds());
        } else if (now instanceof ProbeResult.Unreachable unreachable) {
            log.warn("{}: {}. Doorway serves what it can and tries again in the background (next in {} s)", name,
                    unreachable.reason(), nextWait.toSeconds());
        }
    }
}
