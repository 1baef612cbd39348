package org.doorway.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs named jobs every so often on a scheduler, each under a lease so that
 * only one instance runs a job at a time. A failing run is logged and the job
 * tries again at its next tick.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Leases leases;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final String owner = "instance-" + UUID.randomUUID();

    public JobRunner(Leases leases, Clock clock, ScheduledExecutorService scheduler) {
        this.leases = leases;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Schedules {@code job} every {@code every}; the lease lasts a few periods so a dead owner is replaced. */
    public void every(String name, Duration every, Runnable job) {
        scheduler.scheduleWithFixedDelay(() -> runOnce(name, every.multipliedBy(4), job),
                every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the job now if this instance can claim it; true when it ran. */
    public boolean runOnce(String name, Duration leaseFor, Runnable job) {
        try {
            if (!leases.claim(name, owner, clock.instant(), leaseFor)) {
                return false;
            }
            job.run();
            return true;
        } catch (RuntimeException failure) {
            log.warn("Job {} failed and will run again at its next tick: {}", name, failure.toString(), failure);
            return false;
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
