package org.doorway.teams;

import java.time.Instant;
import java.util.Optional;

/**
 * The cards Doorway sent that have buttons (port; {@code JdbiSentCards}), so
 * that after a click the card can be replaced by one without buttons, and a
 * second click on the same card, from any instance, is ignored; and so that a
 * handoff summary's private views ({@code Action.Execute}) start from the
 * card as it now reads.
 */
public interface SentCards {

    void remember(String conversationId, String activityId, String cardJson, Instant sentAt);

    /** The card as it now reads: as sent, or as last rewritten ({@link #rewritten}); empty when not kept. */
    Optional<String> card(String conversationId, String activityId);

    /** Keeps the card a kept one was rewritten to (a handoff's summary after a change), for the next view of it. */
    void rewritten(String conversationId, String activityId, String cardJson);

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
