package org.doorway.outbox;

/**
 * Delivers outbox items to one chat platform. Implementations must not throw
 * for platform or network failures: they say what happened as a
 * {@link Delivery}. They may be called from several threads at once.
 */
public interface Courier {

    /** The platform this courier serves, as used in {@link Outbox#enqueue}. */
    String platform();

    Delivery deliver(OutboxItem item);
}
