package org.doorway.teams.card;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorway.conversation.Reply;

/**
 * Renders every {@link Reply} as an Adaptive Card 1.5. All text is escaped
 * here, once; links come only from http(s) URLs; buttons are
 * {@code Action.Submit} with {@code {"doorway": optionId}}, except a handoff
 * summary's, which are {@code Action.Execute} (see {@link HandoffCardViews}).
 * Stateless and thread-safe.
 */
public final class AdaptiveCardRenderer {
    /** The key of a button's data that carries the option id. */
    public static final String OPTION_KEY = "doorway";
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** The verb of Doorway's {@code Action.Execute} buttons (a handoff summary's, answered privately). */
    public static final String EXECUTE_VERB = "doorway";

    /** The card's content (the part after {@code "content":}). */
    public ObjectNode render(Reply reply) {
        if (reply instanceof Reply.Text text) {
            Card card = new Card();
            card.text(CardText.escape(text.text()));
            card.buttons(text.options());
            return card.build();
        }
        if (reply instanceof Reply.Choice choice) {
            Card card = new Card();
            card.text(CardText.escape(choice.prompt()));
            card.buttons(choice.options());
            return card.build();
        }
        if (reply instanceof Reply.Suggestions suggestions) {
            return SuggestionsCard.render(suggestions);
        }
        if (reply instanceof Reply.HandoffNotice notice) {
            return notice(notice);
        }
        if (reply instanceof Reply.HandoffSummary summary) {
            return summary(summary);
        }
        if (reply instanceof Reply.Listing listing) {
            return ListingCard.render(listing);
        }
        throw new IllegalArgumentException("no Adaptive Card for " + reply.getClass().getSimpleName());
    }

    /** The attachment that carries a card in an activity. */
    public static ObjectNode attachment(ObjectNode card) {
        ObjectNode attachment = JsonNodeFactory.instance.objectNode();
        attachment.put("contentType", CONTENT_TYPE);
        attachment.set("content", card);
        return attachment;
    }

    private static ObjectNode notice(Reply.HandoffNotice notice) {
        Card card = new Card();
        card.text(CardText.escape(notice.text()));
        notice.technologistName().ifPresent(name ->
                notice.chatLink().flatMap(CardText::safeUrl).ifPresent(url -> card.openUrl("Chat with " + name, url)));
        return card.build();
    }

    private static ObjectNode summary(Reply.HandoffSummary summary) {
        Card card = new Card();
        card.text(CardText.escape(summary.title())).put("weight", "Bolder").put("size", "Medium");
        card.text("From " + CardText.escape(summary.staffName())).put("isSubtle", true).put("spacing", "None");
        var facts = card.facts();
        summary.fields().forEach(field -> Card.fact(facts, CardText.escape(field.label()),
                CardText.escape(field.value())));
        // Action.Execute: the answer to a click is a card for the clicking person only, private in a channel too.
        card.executeButtons(summary.options());
        return card.build();
    }
}
