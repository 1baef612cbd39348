package org.doorway.teams.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorway.conversation.Reply;

/** A {@link Reply.Listing} as one card: the intro, then each request in its own container with its buttons. */
final class ListingCard {
    private ListingCard() {}

    static ObjectNode render(Reply.Listing listing) {
        Card card = new Card();
        card.text(CardText.escape(listing.intro())).put("weight", "Bolder");
        for (Reply.HandoffSummary item : listing.items()) {
            ArrayNode items = card.section();
            Card.textIn(items, CardText.escape(item.title())).put("weight", "Bolder");
            if (!item.title().contains(item.staffName())) {
                Card.textIn(items, "From " + CardText.escape(item.staffName())).put("isSubtle", true)
                        .put("spacing", "None");
            }
            ArrayNode facts = Card.factsIn(items);
            item.fields().forEach(field -> Card.fact(facts, CardText.escape(field.label()),
                    CardText.escape(field.value())));
            Card.buttonsIn(items, item.options());
        }
        return card.build();
    }
}
