package org.doorway.teams.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;

/** The suggestions card: the need, then one section per tool with why, support, guides and a colleague's story. */
final class SuggestionsCard {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private SuggestionsCard() {}

    static ObjectNode render(Reply.Suggestions suggestions) {
        Card card = new Card();
        card.text(CardText.escape(suggestions.needName())).put("weight", "Bolder").put("size", "Medium");
        card.text(CardText.escape(suggestions.intro()));
        suggestions.items().forEach(item -> tool(card.section(), item));
        card.buttons(suggestions.actions());
        return card.build();
    }

    private static void tool(ArrayNode items, Suggestion tool) {
        Card.textIn(items, CardText.link(tool.name(), tool.url())).put("weight", "Bolder");
        if (tool.summary() != null && !tool.summary().isBlank()) {
            Card.textIn(items, CardText.escape(tool.summary())).put("isSubtle", true).put("spacing", "None");
        }
        Card.textIn(items, "**Why it fits:** " + CardText.escape(tool.why()));
        ArrayNode facts = Card.factsIn(items);
        Card.fact(facts, "Support", CardText.escape(support(tool)));
        tool.guides().forEach(guide -> Card.fact(facts, CardText.escape(capitalised(guide.label())),
                guide(guide)));
        tool.caseStudy().ifPresent(story -> Card.fact(facts, "A colleague's story", caseStudy(story)));
    }

    private static String support(Suggestion tool) {
        boolean named = tool.supportedBy() != null && !tool.supportedBy().isBlank();
        return switch (tool.support()) {
            case SUPPORTED -> named ? "Supported by " + tool.supportedBy() : "Supported";
            case PILOT -> named ? "Pilot, supported by " + tool.supportedBy() : "Pilot";
            case NOT_SUPPORTED -> "Not supported centrally";
        };
    }

    private static String guide(Guide guide) {
        String link = CardText.link(guide.title(), guide.url());
        List<LocalDate> dates = guide.dates();
        if (dates.isEmpty()) {
            return link;
        }
        return link + " (next: " + dates.stream().limit(3).map(DAY::format).collect(Collectors.joining(", ")) + ")";
    }

    private static String caseStudy(CaseStudy story) {
        String author = story.author() == null || story.author().isBlank() ? "" : " (" + story.author() + ")";
        return CardText.link(story.title(), story.url()) + CardText.escape(author + ": " + story.summary());
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
