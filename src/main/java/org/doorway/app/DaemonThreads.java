package org.doorway.app;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for Doorway's pools, so a thread dump says whose work each thread does. */
final class DaemonThreads {
    private DaemonThreads() {}

    /** Threads called {@code prefix-1}, {@code prefix-2} … */
    static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> start(work, prefix + "-" + count.incrementAndGet());
    }

    /** One daemon thread for {@code work}, not yet started. */
    static Thread start(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
