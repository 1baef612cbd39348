package org.doorway.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.doorway.health.Backoff;
import org.doorway.health.ComponentHealth;
import org.doorway.health.HealthCheck;
import org.doorway.health.HealthReport;
import org.doorway.health.OutboxCheck;
import org.doorway.health.Probe;
import org.doorway.health.RemoteCheck;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutboxBacklog;
import org.doorway.store.Migrations;

/**
 * What {@code /healthz} and {@code /readyz} say about a serving Doorway: the
 * database, the outbox backlog, the jobs, and each chat platform, whose
 * remote services are looked at in the background ({@link RemoteCheck}) so
 * that neither a start nor a health request waits on them.
 */
final class ServiceHealth implements AutoCloseable {
    /** Once a remote service answers, how often it is looked at again. */
    private static final Duration RECHECK_EVERY = Duration.ofMinutes(5);

    private final Database database;
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService remote =
            Executors.newScheduledThreadPool(2, DaemonThreads.named("remote-checks"));
    private volatile boolean migrated;
    private volatile boolean stopping;

    ServiceHealth(Database database, JdbiOutboxBacklog backlog, Clock clock) {
        this.database = database;
        checks.add(this::database);
        checks.add(new OutboxCheck(backlog, clock));
    }

    /** Reports {@code check} too. */
    void add(HealthCheck check) {
        checks.add(check);
    }

    /** The job runners, reported as one component, {@code jobs}: the worst of them. */
    void jobs(List<HealthCheck> runners) {
        checks.add(() -> runners.stream().map(HealthCheck::check)
                .max(Comparator.comparing(ComponentHealth::status)).orElseThrow());
    }

    /** Looks at a remote service now and keeps looking in the background, reporting it as {@code name}. */
    RemoteCheck watch(String name, Probe probe) {
        RemoteCheck check = new RemoteCheck(name, probe, Backoff.standard(), RECHECK_EVERY, remote).start();
        checks.add(check);
        return check;
    }

    HealthReport report() {
        return HealthReport.run(checks);
    }

    /** Empty when a load balancer may send requests here; else why not. */
    Optional<String> notReadyBecause() {
        if (stopping) {
            return Optional.of("stopping");
        }
        if (!database.answers()) {
            return Optional.of("the database does not answer");
        }
        if (!migrated) {
            int pending;
            try {
                pending = Migrations.pending(database);
            } catch (RuntimeException busy) { // the pool had no connection in time: not ready yet, not a 500
                return Optional.of("cannot tell yet whether the database is migrated (" + busy.getClass().getSimpleName()
                        + ")");
            }
            if (pending > 0) {
                return Optional.of(pending + " database migrations have not run yet");
            }
            migrated = true;
        }
        return Optional.empty();
    }

    /** From now on {@code /readyz} says "stopping", so load balancers send new requests elsewhere. */
    void stopping() {
        stopping = true;
    }

    private ComponentHealth database() {
        String kind = database.kind().name().toLowerCase(java.util.Locale.ROOT);
        return database.answers() ? ComponentHealth.ok("database", kind + " answers")
                : ComponentHealth.down("database", kind + " at " + database.settings().redactedUrl()
                        + " does not answer within 2 s: check that the database server is running and reachable");
    }

    @Override
    public void close() {
        remote.shutdownNow();
    }
}
