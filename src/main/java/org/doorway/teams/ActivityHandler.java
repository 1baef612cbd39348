package org.doorway.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.handoff.HandoffOptions;
import org.doorway.teams.card.ClickedCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind an accepted activity, done off the request thread: once per
 * activity id, remember the conversation, then turn a message or a card click
 * into an inbound for the intake (technologist commands first), or welcome a
 * new installation. One unit of work claims the click, runs the conversation
 * and queues the replies (and the clicked card's replacement) in the outbox,
 * so they commit together. A failing conversation gets a short apology, never
 * a stack trace. Thread-safe.
 */
final class ActivityHandler {
    static final String PLATFORM = TeamsReplies.PLATFORM;
    private static final Logger log = LoggerFactory.getLogger(ActivityHandler.class);
    private static final ObjectMapper json = new ObjectMapper();

    private final TeamsParts parts;
    private final TeamsReplies replies;

    ActivityHandler(TeamsParts parts, TeamsReplies replies) {
        this.parts = parts;
        this.replies = replies;
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
        if (option.filter(HandoffOptions::owns).isPresent()) {
            press(activity, key, option.get());
            return;
        }
        Inbound inbound = option.isPresent() ? new Inbound.Action(key, name, option.get())
                : new Inbound.Message(key, name, MentionText.of(activity));
        parts.intake().prepare();
        try {
            parts.transactions().run(() -> {
                if (option.isEmpty() || firstClick(activity, option.get(), now)) {
                    answer(activity, converse(inbound));
                }
            });
        } catch (RuntimeException failure) {
            log.error("Could not answer Teams activity {} in conversation {}; sent an apology", activity.id(),
                    activity.conversationId(), failure);
            parts.transactions().run(() -> {
                if (option.isEmpty() || firstClick(activity, option.get(), now)) {
                    answer(activity, List.of(Reply.Text.of(TeamsTexts.SORRY)));
                }
            });
        }
    }

    /**
     * A technologist's handoff button. The handoff feature runs it in its own
     * unit of work (a refusal because someone changed the handoff meanwhile
     * must roll back alone); then the summary card is replaced by how it now
     * reads and the answer queued. Clicks are not claimed per card: the
     * handoff's own state says what a second click means.
     */
    private void press(InboundActivity activity, ConversationKey key, String option) {
        ButtonOutcome outcome;
        try {
            outcome = parts.buttons().press(key, option);
        } catch (RuntimeException failure) {
            log.error("Handoff button on Teams activity {} failed; sent an apology", activity.id(), failure);
            outcome = new ButtonOutcome(Reply.Text.of(TeamsTexts.SORRY), Optional.empty());
        }
        ButtonOutcome done = outcome;
        parts.transactions().run(() -> {
            if (!activity.replyToId().isEmpty()) {
                done.updated().ifPresent(summary ->
                        replies.send(TeamsDelivery.replace(activity, replies.render(summary))));
            }
            answer(activity, List.of(done.answer()));
        });
    }

    private List<Reply> converse(Inbound inbound) {
        return inbound instanceof Inbound.Message message
                ? parts.commands().handle(message).orElseGet(() -> parts.intake().handle(message))
                : parts.intake().handle(inbound);
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
        } catch (java.io.IOException | ClassCastException unreadable) {
            throw new org.doorway.DoorwayException("a stored Teams card is not JSON", unreadable);
        }
    }
}
