package org.doorway.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.conversation.Answer;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.TurnDelivery;
import org.doorway.inbox.InboundEvent;
import org.doorway.teams.card.ClickedCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind an activity recorded in the inbox, done off the request
 * thread: remember the conversation, then take a message or a card click as
 * one turn of the pipeline, or welcome a new installation. The turn's unit of
 * work claims the event (and a choice card's first click), runs the front
 * desk and queues the replies (and the clicked card's replacement) in the
 * outbox, so they commit together. Thread-safe.
 */
final class ActivityHandler {
    static final String PLATFORM = TeamsReplies.PLATFORM;
    private static final Logger log = LoggerFactory.getLogger(ActivityHandler.class);
    private static final ObjectMapper json = new ObjectMapper();

    private final TeamsParts parts;
    private final TeamsReplies replies;
    private final MemberLookups members;

    ActivityHandler(TeamsParts parts, TeamsReplies replies, MemberLookups members) {
        this.parts = parts;
        this.replies = replies;
        this.members = members;
    }

    /** An activity that waited in the inbox too long; one that cannot be read is set aside. */
    void redeliver(InboundEvent event) {
        JsonNode activity;
        try {
            activity = json.readTree(event.work().orElseThrow());
        } catch (IOException | RuntimeException unreadable) {
            parts.turns().setAsideUnread(event, "the Teams activity kept in the inbox cannot be read: "
                    + unreadable.getMessage());
            return;
        }
        handle(event, InboundActivity.of(activity));
    }

    void handle(InboundEvent event, InboundActivity activity) {
        Instant now = parts.clock().instant();
        if (!activity.conversationId().isEmpty()) {
            parts.references().remember(ConversationReference.of(activity, now));
            members.noticed(activity);
        }
        switch (activity.type()) {
            case "message" -> onMessage(event, activity);
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

    private void onMessage(InboundEvent event, InboundActivity activity) {
        ConversationKey key = new ConversationKey(PLATFORM, activity.personId(), activity.conversationId());
        String name = activity.userName().isEmpty() ? null : activity.userName();
        Optional<String> option = activity.clickedOption();
        Inbound inbound = option.<Inbound>map(id -> new Inbound.Action(key, name, id))
                .orElseGet(() -> new Inbound.Message(key, name, MentionText.of(activity)));
        // A choice card answers its first click only; on a shared card (a handoff summary) every click counts.
        boolean oncePerCard = option.filter(id -> parts.turns().desk().clickOf(id) instanceof Option.Click.Once)
                .isPresent();
        parts.turns().take(event, inbound, new TurnDelivery() {
            @Override
            public boolean claim() {
                return !oncePerCard || firstClick(activity, option.get(), parts.clock().instant());
            }

            @Override
            public void send(Answer answer) {
                if (answer instanceof ButtonOutcome outcome && !activity.replyToId().isEmpty()) {
                    outcome.updated().ifPresent(summary ->
                            replies.send(TeamsDelivery.replace(activity, replies.render(summary))));
                }
                answer(activity, answer.said());
            }
        });
    }

    /**
     * Claims the click and queues the card's replacement without buttons;
     * false when the card was clicked before (its buttons are on their way out).
     */
    private boolean firstClick(InboundActivity activity, String option, Instant now) {
        if (activity.replyToId().isEmpty()) {
            return true;
        }
        SentCards.CardClick click = parts.sentCards().click(activity.conversationId(), activity.replyToId(), now);
        if (click instanceof SentCards.CardClick.First first) {
            replies.send(TeamsDelivery.replace(activity, ClickedCard.of(read(first.cardJson()), option)));
        }
        return !(click instanceof SentCards.CardClick.Again);
    }

    private void answer(InboundActivity activity, List<Reply> answers) {
        answers.forEach(reply -> replies.send(TeamsDelivery.reply(activity, replies.render(reply))));
    }

    private void welcome(InboundActivity activity, Instant now) {
        parts.transactions().run(() -> {
            if (!parts.references().claimWelcome(activity.conversationId(), now)) {
                return;
            }
            boolean personal = activity.conversationType().isEmpty()
                    || activity.conversationType().equals("personal");
            Reply welcome = Reply.Text.of(personal ? TeamsTexts.WELCOME_PERSONAL : TeamsTexts.WELCOME_CHANNEL);
            replies.send(TeamsDelivery.post(ConversationReference.of(activity, now), replies.render(welcome)));
        });
    }

    private static ObjectNode read(String card) {
        try {
            return (ObjectNode) json.readTree(card);
        } catch (IOException | ClassCastException unreadable) {
            throw new DoorwayException("a stored Teams card is not JSON", unreadable);
        }
    }
}
