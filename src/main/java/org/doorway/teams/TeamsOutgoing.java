package org.doorway.teams;

/**
 * Where the adapter hands the cards it wants delivered. Today
 * {@link DirectDelivery} sends at once; with the shared outbox this becomes
 * {@code delivery -> outbox.enqueue("teams", delivery.toJson())}, called in
 * the same transaction as the intake's state change.
 */
@FunctionalInterface
public interface TeamsOutgoing {
    void send(TeamsDelivery delivery);
}
