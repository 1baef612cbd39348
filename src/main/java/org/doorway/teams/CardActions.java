package org.doorway.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.doorway.conversation.Answer;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.inbox.InboundEvent;
import org.doorway.teams.card.AdaptiveCardRenderer;
import org.doorway.teams.card.HandoffCardViews;
import org.doorway.teams.card.HandoffCardViews.Step;

/**
 * A click on a handoff summary's {@code Action.Execute} button, answered in
 * the invoke's own response with a card that Teams shows to the clicking
 * person alone, in a channel too. <i>Pass</i>, <i>Resolved</i> and
 * <i>Transfer to…</i> first show a form under the summary (a line of text, or
 * the colleagues to pick from) unless the person could not use the button
 * anyway; the form's <i>Send</i> then counts as the click with its note, as
 * one turn of the pipeline, the same core as Slack's form. Every message
 * showing the handoff is rewritten by the step itself, through the outbox.
 * Thread-safe.
 */
final class CardActions {
    private static final ObjectMapper json = new ObjectMapper();
    private static final String NOT_MINE = "That button isn't one of mine, so nothing changed.";
    private static final String DONE_BEFORE = "That was done already; the card shows where it stands.";

    private final TeamsParts parts;

    CardActions(TeamsParts parts) {
        this.parts = parts;
    }

    /** The body of the invoke's response, for a click recorded as {@code event}. */
    ObjectNode answer(InboundEvent event, InboundActivity activity) {
        JsonNode data = activity.actionData();
        String optionId = data.path(AdaptiveCardRenderer.OPTION_KEY).asText("");
        if (optionId.isBlank()) {
            return InvokeResponses.message(NOT_MINE);
        }
        ObjectNode base = base(activity);
        Inbound.Action action = new Inbound.Action(new ConversationKey(TeamsReplies.PLATFORM, activity.personId(),
                activity.conversationId()), activity.userName().isEmpty() ? null : activity.userName(), optionId,
                note(data));
        FrontDesk desk = parts.turns().desk();
        Optional<Option.NotePrompt> prompt = desk.clickOf(optionId) instanceof Option.Click.EveryPerson every
                ? every.note() : Optional.empty();
        Step step = Step.of(data);
        if (step == Step.ASK && prompt.isEmpty() && automatic(activity)) {
            step = Step.VIEW; // Teams refreshing a card never presses a button
        }
        return switch (step) {
            case VIEW, CANCEL -> InvokeResponses.card(base);
            case ASK -> prompt.isEmpty() ? press(event, action, base, activity)
                    : InvokeResponses.card(desk.refusal(action)
                            .map(refused -> HandoffCardViews.answered(base, optionId, said(refused), activity.userId()))
                            .orElseGet(() -> HandoffCardViews.form(base, optionId, prompt.get(),
                                    desk.noteChoices(action), activity.userId())));
            case SEND -> press(event, action, base, activity);
        };
    }

    /** The click counts: one turn, whose answer is shown under the summary to the clicking person alone. */
    private ObjectNode press(InboundEvent event, Inbound.Action action, ObjectNode base, InboundActivity activity) {
        AtomicReference<Answer> answered = new AtomicReference<>();
        parts.turns().take(event, action, answered::set);
        if (answered.get() == null) {
            return InvokeResponses.card(base);
        }
        String text = answered.get().said().stream().map(CardActions::said).collect(Collectors.joining("\n\n"));
        return InvokeResponses.card(HandoffCardViews.answered(base, action.optionId(), text, activity.userId()));
    }

    /** The card as it now reads, the one the views start from. */
    private ObjectNode base(InboundActivity activity) {
        Optional<String> kept = activity.replyToId().isEmpty() ? Optional.empty()
                : parts.sentCards().card(activity.conversationId(), activity.replyToId());
        try {
            return kept.isPresent() ? (ObjectNode) json.readTree(kept.get()) : HandoffCardViews.blank();
        } catch (IOException | ClassCastException unreadable) {
            return HandoffCardViews.blank();
        }
    }

    /** A repeat of a click already taken (Teams retries an invoke it got no answer to). */
    ObjectNode repeated(InboundActivity activity) {
        String optionId = activity.actionData().path(AdaptiveCardRenderer.OPTION_KEY).asText("");
        return InvokeResponses.card(HandoffCardViews.answered(base(activity), optionId, DONE_BEFORE,
                activity.userId()));
    }

    private static boolean automatic(InboundActivity activity) {
        return "automatic".equals(activity.value().path("trigger").asText(""));
    }

    private static String note(JsonNode data) {
        String note = data.path(HandoffCardViews.NOTE).asText("").strip();
        return note.length() <= HandoffCardViews.MAX_NOTE ? note : note.substring(0, HandoffCardViews.MAX_NOTE);
    }

    private static String said(Reply reply) {
        return reply instanceof Reply.Text text ? text.text() : "Done.";
    }
}
