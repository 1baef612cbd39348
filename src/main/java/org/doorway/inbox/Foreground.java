package org.doorway.inbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests a platform is waiting on right now, and background work that gives
 * way to them. Slack waits at most 3 s for an ack and gives up on apps that
 * miss it, while an answer that comes a moment later harms nobody; on a small
 * machine the two compete for the same cores. So answering and delivering
 * first wait, up to {@code maxYield}, until no request has been acked for a
 * couple of milliseconds. In a
 * burst the answers fall behind and catch up afterwards (a message waits in
 * the inbox meanwhile, so none is lost); at ordinary rates the wait is a few
 * milliseconds at most. Thread-safe.
 */
public final class Foreground {
    private static final long POLL_NANOS = 500_000;
    /** A gap shorter than this between acks is no pause: in a burst the next request is already on its way. */
    private static final long QUIET_NANOS = 2_000_000;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile long lastLeft = System.nanoTime() - QUIET_NANOS;
    private final long maxYieldNanos;

    public Foreground(Duration maxYield) {
        this.maxYieldNanos = maxYield.toNanos();
    }

    /** Background work never waits. */
    public static Foreground none() {
        return new Foreground(Duration.ZERO);
    }

    /** A request the platform waits on has begun; call {@link #leave} when it is answered, in a finally block. */
    public void enter() {
        inFlight.incrementAndGet();
    }

    /** The request is answered. */
    public void leave() {
        lastLeft = System.nanoTime();
        inFlight.decrementAndGet();
    }

    /** Waits until no request has been in flight for a moment, or {@code maxYield} has passed. */
    public void giveWay() {
        if (maxYieldNanos == 0 || !busy()) {
            return;
        }
        long deadline = System.nanoTime() + maxYieldNanos;
        while (busy() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private boolean busy() {
        return inFlight.get() > 0 || System.nanoTime() - lastLeft < QUIET_NANOS;
    }

    /** Requests in flight now. */
    public int inFlight() {
        return inFlight.get();
    }
}
