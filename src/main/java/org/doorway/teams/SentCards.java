package org.doorway.teams;

import java.time.Instant;

/**
 * The cards Doorway sent that have buttons (port; {@code JdbiSentCards}), so
 * that after a click the card can be replaced by one without buttons, and a
 * second click on the same card, from any instance, is ignored.
 */
public interface SentCards {

    void remember(String conversationId, String activityId, String cardJson, Instant sentAt);

    /** Claims the first click on a card. */
    CardClick click(String conversationId, String activityId, Instant at);

    /** What a click on a card turned out to be. */
    sealed interface CardClick {
        /** The first click: here is the card as sent. */
        record First(String cardJson) implements CardClick {}

        /** The card was clicked before: ignore this click. */
        record Again() implements CardClick {}

        /** Doorway has no record of the card (sent before this store existed, or forgotten): take the click. */
        record Unknown() implements CardClick {}
    }
}
