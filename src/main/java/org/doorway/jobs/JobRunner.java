package org.doorway.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doorway.health.ComponentHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs named jobs every so often on a scheduler, each under a lease so that
 * only one instance runs a job at a time. A failing run is logged and the job
 * tries again at its next tick. Closing lets the leases this instance holds
 * go, so another instance takes the jobs at once instead of when they expire.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    /** How long closing waits for a job that is running. */
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(5);

    private final Leases leases;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final String owner = "instance-" + UUID.randomUUID();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    /** Each job's last failure, removed when it next runs cleanly: for the health report. */
    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private volatile Instant lastTick;
    private volatile Duration shortestPeriod;

    public JobRunner(Leases leases, Clock clock, ScheduledExecutorService scheduler) {
        this.leases = leases;
        this.clock = clock;
        this.scheduler = scheduler;
        this.lastTick = clock.instant();
        log.info("Jobs on this instance run as {}: the owner the leases table shows for the jobs it runs", owner);
    }

    /** Schedules {@code job} every {@code every}; the lease lasts a few periods so a dead owner is replaced. */
    public void every(String name, Duration every, Runnable job) {
        if (shortestPeriod == null || every.compareTo(shortestPeriod) < 0) {
            shortestPeriod = every;
        }
        scheduler.scheduleWithFixedDelay(() -> runOnce(name, every.multipliedBy(4), job),
                every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the job now if this instance can claim it; true when it ran. */
    public boolean runOnce(String name, Duration leaseFor, Runnable job) {
        lastTick = clock.instant();
        try {
            if (!leases.claim(name, owner, clock.instant(), leaseFor)) {
                held.remove(name);
                return false;
            }
            held.add(name);
            job.run();
            failing.remove(name);
            return true;
        } catch (RuntimeException failure) {
            failing.put(name, failure.getClass().getSimpleName());
            log.warn("Job {} failed and will run again at its next tick: {}", name, failure.toString(), failure);
            return false;
        }
    }

    /**
     * {@code down} when the scheduler has stopped or no job has ticked for
     * several periods (a stuck process: restarting it helps); {@code degraded}
     * while a job's last run failed.
     */
    public ComponentHealth health() {
        if (scheduler.isShutdown()) {
            return ComponentHealth.down("jobs", "stopped");
        }
        Duration period = shortestPeriod;
        if (period != null) {
            Duration quiet = Duration.between(lastTick, clock.instant());
            if (quiet.compareTo(period.multipliedBy(10).plusSeconds(60)) > 0) {
                return ComponentHealth.down("jobs", "no job has run for " + quiet.toSeconds()
                        + " s: the job scheduler is stuck; restart Doorway and report it with a thread dump");
            }
        }
        if (!failing.isEmpty()) {
            return ComponentHealth.degraded("jobs", "failing at their last run: " + failing
                    + " (the log has the details)");
        }
        return ComponentHealth.ok("jobs", "running");
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(FINISH_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("A job was still running after {} s; stopping without it", FINISH_WITHIN.toSeconds());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        for (String name : held) {
            try {
                leases.release(name, owner);
            } catch (RuntimeException databaseGone) {
                log.debug("Could not let lease {} go (it expires by itself): {}", name, databaseGone.toString());
            }
        }
        held.clear();
    }
}
