package org.doorway.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records inbound events for many request threads at once: each caller waits
 * while one writer thread stores everything that arrived meanwhile in a single
 * unit of work. Under load a batch holds hundreds of events, so the ack path
 * costs one short transaction per batch rather than one per event, and it
 * never queues behind conversations one event at a time.
 *
 * <p>A caller that is not answered within {@code wait} gets {@link
 * InboxUnavailable} and must not ack; if its event is stored after all, a
 * durable event is still answered by {@link Redelivery}. Thread-safe.
 */
public final class GroupCommit implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    static final int MAX_BATCH = 500;
    private static final int MAX_WAITING = 20_000;

    private final EventInbox inbox;
    private final Duration wait;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>(MAX_WAITING);
    private final Thread writer;
    private volatile boolean closed;

    private record Waiting(InboundEvent event, CompletableFuture<Boolean> first) {}

    /** Starts the writer, a daemon thread called {@code threadName}. */
    public GroupCommit(EventInbox inbox, Duration wait, String threadName) {
        this.inbox = inbox;
        this.wait = wait;
        this.writer = new Thread(this::write, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Blocks until the event is stored: true when it is the first delivery of
     * its key, false for a repeat. Throws {@link InboxUnavailable} when it
     * could not be stored in time.
     */
    public boolean record(InboundEvent event) {
        CompletableFuture<Boolean> first = new CompletableFuture<>();
        if (closed) {
            throw new InboxUnavailable("Doorway is shutting down; the platform will deliver the event again", null);
        }
        if (!queue.offer(new Waiting(event, first))) {
            throw new InboxUnavailable(MAX_WAITING + " events are already waiting to be recorded; the platform "
                    + "will deliver this one again", null);
        }
        try {
            return first.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            first.cancel(false);
            throw new InboxUnavailable("the event was not recorded within " + wait.toMillis() + " ms (is the "
                    + "database slow?); the platform will deliver it again", slow);
        } catch (ExecutionException | CancellationException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw new InboxUnavailable("the event could not be recorded: " + cause.getMessage(), cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            first.cancel(false);
            throw new InboxUnavailable("interrupted while recording the event", interrupted);
        }
    }

    private void write() {
        while (!closed || !queue.isEmpty()) {
            List<Waiting> batch = nextBatch();
            if (batch.isEmpty()) {
                continue;
            }
            try {
                List<Boolean> first = inbox.recordAll(batch.stream().map(Waiting::event).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).first().complete(first.get(i));
                }
            } catch (RuntimeException failure) {
                log.error("Could not record {} inbound events; they were not acked, so the platforms will deliver "
                        + "them again. Check the database: {}", batch.size(), failure.toString());
                batch.forEach(waiting -> waiting.first().completeExceptionally(failure));
            }
        }
    }

    /** The events that arrived since the last batch, without those whose callers stopped waiting. */
    private List<Waiting> nextBatch() {
        List<Waiting> batch = new ArrayList<>();
        try {
            Waiting head = queue.poll(100, TimeUnit.MILLISECONDS);
            if (head == null) {
                return batch;
            }
            batch.add(head);
        } catch (InterruptedException interrupted) {
            closed = true;
        }
        queue.drainTo(batch, MAX_BATCH - batch.size());
        batch.removeIf(waiting -> waiting.first().isDone());
        return batch;
    }

    /** How many events wait for the next batch. */
    int waiting() {
        return queue.size();
    }

    /** Records what is already waiting, then stops; later calls get {@link InboxUnavailable}. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(wait.toMillis() + 1_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
