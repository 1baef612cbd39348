package org.doorway.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What SIGTERM (or Ctrl-C) does to a serving Doorway: {@code /readyz} turns
 * 503 and the web server stops taking requests, those in flight and the work
 * after acks finish, the jobs stop and let their leases go so another instance
 * takes them at once; all within {@code grace}, after which Doorway exits
 * anyway. Nothing acknowledged is lost either way: unfinished work waits in
 * the inbox and the outbox for the next start or another instance.
 */
final class GracefulShutdown {
    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);
    /** The exit code when the grace ran out (SIGTERM's own, 143, when it did not). */
    static final int OUT_OF_TIME = 124;

    private GracefulShutdown() {}

    /** Installs the hook; the returned latch opens once {@code running} has closed. */
    static CountDownLatch install(ServeCommand.Running running, Duration grace) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long started = System.nanoTime();
            log.info("Stopping: no new requests; finishing those in flight and letting jobs go (at most {} s)",
                    grace.toSeconds());
            DaemonThreads.start(() -> haltAfter(grace), "shutdown-deadline").start();
            running.close();
            log.info("Stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
            stopped.countDown();
        }, "shutdown"));
        return stopped;
    }

    private static void haltAfter(Duration grace) {
        try {
            Thread.sleep(grace.toMillis());
        } catch (InterruptedException interrupted) {
            return;
        }
        log.error("Still stopping after {} s (SHUTDOWN_GRACE_SECONDS): exiting now. Unfinished work waits in the "
                + "inbox and outbox for the next start", grace.toSeconds());
        Runtime.getRuntime().halt(OUT_OF_TIME);
    }
}
