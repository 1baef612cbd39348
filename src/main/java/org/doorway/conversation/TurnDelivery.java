package org.doorway.conversation;

/**
 * An adapter's side of one turn, called by {@link Turns} inside the turn's
 * unit of work: claims what the platform needs claimed and queues the answer
 * (in the outbox), so that the answer commits with the state it reports.
 */
@FunctionalInterface
public interface TurnDelivery {

    /**
     * After the event is claimed: the adapter's own claim, such as the first
     * click on a card; false when this turn must stay quiet.
     */
    default boolean claim() {
        return true;
    }

    /** Queues the answer. */
    void send(Answer answer);
}
