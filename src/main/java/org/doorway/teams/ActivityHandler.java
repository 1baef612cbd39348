package org.doorway.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.intake.ConversationKey;
import org.doorway.intake.Inbound;
import org.doorway.intake.Reply;
import org.doorway.teams.card.AdaptiveCardRenderer;
import org.doorway.teams.card.ClickedCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind an accepted activity, done off the request thread: once per
 * activity id, remember the conversation, then turn a message or a card click
 * into an inbound for the intake (technologist commands first), or welcome a
 * new installation. Thread-safe.
 */
final class ActivityHandler {
    static final String PLATFORM = "teams";
    private static final Logger log = LoggerFactory.getLogger(ActivityHandler.class);
    private static final ObjectMapper json = new ObjectMapper();

    private final TeamsParts parts;
    private final TeamsOutgoing outgoing;
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    ActivityHandler(TeamsParts parts, TeamsOutgoing outgoing) {
        this.parts = parts;
        this.outgoing = outgoing;
    }

    void handle(InboundActivity activity) {
        Instant now = parts.clock().instant();
        if (!activity.id().isEmpty() && !parts.events().recordFirst(EventKeys.of(activity), now)) {
            return;
        }
        if (!activity.conversationId().isEmpty()) {
            parts.references().remember(ConversationReference.of(activity, now));
        }
        switch (activity.type()) {
            case "message" -> onMessage(activity, now);
            case "installationUpdate" -> {
                if (activity.action().startsWith("add")) {
                    welcome(activity, now);
                }
            }
            case "conversationUpdate" -> {
                if (activity.botWasAdded()) {
                    welcome(activity, now);
                }
            }
            default -> log.debug("Teams activity of type '{}' ignored", activity.type());
        }
    }

    private void onMessage(InboundActivity activity, Instant now) {
        ConversationKey key = new ConversationKey(PLATFORM, activity.personId(), activity.conversationId());
        String name = activity.userName().isEmpty() ? null : activity.userName();
        Optional<String> option = activity.clickedOption();
        if (option.isEmpty()) {
            answer(activity, new Inbound.Message(key, name, MentionText.of(activity)));
            return;
        }
        if (!activity.replyToId().isEmpty()) {
            SentCards.CardClick click = parts.sentCards().click(activity.conversationId(), activity.replyToId(), now);
            if (click instanceof SentCards.CardClick.Again) {
                return; // the card was already answered; its buttons are on their way out
            }
            if (click instanceof SentCards.CardClick.First first) {
                outgoing.send(TeamsDelivery.replace(activity, ClickedCard.of(read(first.cardJson()), option.get())));
            }
        }
        answer(activity, new Inbound.Action(key, name, option.get()));
    }

    private void answer(InboundActivity activity, Inbound inbound) {
        List<Reply> replies;
        try {
            replies = parts.transactions().inTransaction(() -> inbound instanceof Inbound.Message message
                    ? parts.commands().handle(message).orElseGet(() -> parts.intake().handle(message))
                    : parts.intake().handle(inbound));
        } catch (RuntimeException failure) {
            log.error("Could not answer Teams activity {} in conversation {}", activity.id(),
                    activity.conversationId(), failure);
            replies = List.of(Reply.Text.of(TeamsTexts.SORRY));
        }
        replies.forEach(reply -> outgoing.send(TeamsDelivery.reply(activity, renderer.render(reply))));
    }

    private void welcome(InboundActivity activity, Instant now) {
        if (!parts.references().claimWelcome(activity.conversationId(), now)) {
            return;
        }
        boolean personal = activity.conversationType().isEmpty() || activity.conversationType().equals("personal");
        Reply welcome = Reply.Text.of(personal ? TeamsTexts.WELCOME_PERSONAL : TeamsTexts.WELCOME_CHANNEL);
        outgoing.send(TeamsDelivery.post(ConversationReference.of(activity, now), renderer.render(welcome)));
    }

    private static ObjectNode read(String card) {
        try {
            return (ObjectNode) json.readTree(card);
        } catch (java.io.IOException | ClassCastException unreadable) {
            throw new org.doorway.DoorwayException("a stored Teams card is not JSON", unreadable);
        }
    }
}
