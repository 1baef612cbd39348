package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.doorway.teams.SentCards;

/** Teams cards with buttons, and whether one of their buttons was clicked yet. */
public final class JdbiSentCards implements SentCards {
    private final Database database;

    public JdbiSentCards(Database database) {
        this.database = database;
    }

    @Override
    public void remember(String conversationId, String activityId, String cardJson, Instant sentAt) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO teams_cards (conversation_id, activity_id, card, sent_at)
                        VALUES (:conversation, :activity, :card, :at)
                        ON CONFLICT (conversation_id, activity_id) DO NOTHING""")
                .bind("conversation", conversationId).bind("activity", activityId)
                .bind("card", cardJson).bind("at", sentAt.toEpochMilli())
                .execute());
    }

    @Override
    public Optional<String> card(String conversationId, String activityId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT card FROM teams_cards WHERE conversation_id = :conversation AND activity_id = :activity")
                .bind("conversation", conversationId).bind("activity", activityId)
                .mapTo(String.class).findOne());
    }

    @Override
    public void rewritten(String conversationId, String activityId, String cardJson) {
        database.useHandle(handle -> handle.createUpdate(
                        "UPDATE teams_cards SET card = :card WHERE conversation_id = :conversation AND activity_id = :activity")
                .bind("card", cardJson).bind("conversation", conversationId).bind("activity", activityId)
                .execute());
    }

    @Override
    public CardClick click(String conversationId, String activityId, Instant at) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            int claimed = handle.createUpdate("""
                            UPDATE teams_cards SET clicked_at = :at
                            WHERE conversation_id = :conversation AND activity_id = :activity AND clicked_at IS NULL""")
                    .bind("at", at.toEpochMilli()).bind("conversation", conversationId).bind("activity", activityId)
                    .execute();
            var card = handle.createQuery(
                            "SELECT card FROM teams_cards WHERE conversation_id = :conversation AND activity_id = :activity")
                    .bind("conversation", conversationId).bind("activity", activityId)
                    .mapTo(String.class).findOne();
            if (card.isEmpty()) {
                return new CardClick.Unknown();
            }
            return claimed == 1 ? new CardClick.First(card.get()) : new CardClick.Again();
        }));
    }

    /** Forgets cards sent before the cut-off; a click on one is then taken as on an unknown card. */
    public int forgetBefore(Instant cutOff) {
        return database.withHandle(handle -> handle.createUpdate("DELETE FROM teams_cards WHERE sent_at < :cutOff")
                .bind("cutOff", cutOff.toEpochMilli())
                .execute());
    }
}
