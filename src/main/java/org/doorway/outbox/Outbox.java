package org.doorway.outbox;

/**
 * The port features use to send something later, reliably. Call it inside
 * the caller's unit of work ({@link org.doorway.Transactions}): the row
 * commits with the state change or not at all.
 */
@FunctionalInterface
public interface Outbox {

    /**
     * Queues one outbound call. Items with the same {@code lane} (a
     * conversation, say) are delivered one at a time in the order queued;
     * different lanes go in parallel. {@code payloadJson} is opaque to the
     * outbox and read by the platform's {@link Courier}. Returns the item id.
     */
    long enqueue(String platform, String operation, String lane, String payloadJson);
}
