package org.doorway.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.Transactions;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Turns;
import org.doorway.inbox.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons on a shared message (a technologist's on a handoff summary), after
 * the ack. A button whose option asks for a note first opens a short form
 * ({@link HandoffNoteModal}), unless the person could not use the button
 * anyway; others act at once, as one turn of the pipeline. The answer goes only to the person
 * who clicked (ephemeral), since the summary sits in a group DM or the team
 * channel; the summary itself is replaced to show where the handoff stands.
 * Unlike the dialogue's buttons, every person's click counts (a staff member's
 * click in their own thread must not use up the technologist's). Thread-safe.
 */
final class HandoffClicks {
    private static final Logger log = LoggerFactory.getLogger(HandoffClicks.class);

    private final Turns turns;
    private final SlackReplies replies;
    private final Transactions transactions;
    private final MethodsClient client;

    HandoffClicks(Turns turns, SlackReplies replies, Transactions transactions, MethodsClient client) {
        this.turns = turns;
        this.replies = replies;
        this.transactions = transactions;
        this.client = client;
    }

    /** The clicked button, where its message is, and the buttons that message showed. */
    static HandoffNoteModal.Clicked on(BlockActionPayload payload, BlockActionPayload.Action action) {
        String channel = payload.getContainer().getChannelId();
        String thread = payload.getMessage() != null ? payload.getMessage().getThreadTs() : null;
        SlackAddress where = thread == null ? SlackAddress.channel(channel) : SlackAddress.thread(channel, thread);
        Set<String> shown = payload.getMessage() == null ? Set.of() : buttonValues(payload.getMessage().getBlocks());
        return new HandoffNoteModal.Clicked(action.getValue(), where, payload.getContainer().getMessageTs(), shown);
    }

    private static Set<String> buttonValues(List<LayoutBlock> blocks) {
        return (blocks == null ? List.<LayoutBlock>of() : blocks).stream()
                .filter(ActionsBlock.class::isInstance)
                .flatMap(block -> ((ActionsBlock) block).getElements().stream())
                .filter(ButtonElement.class::isInstance)
                .map(element -> ((ButtonElement) element).getValue())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** After the ack of a click; {@code triggerId} opens the form within Slack's three seconds. */
    void clicked(InboundEvent event, String userId, HandoffNoteModal.Clicked clicked, String triggerId) {
        Inbound.Action action = action(userId, clicked, "");
        Optional<Option.NotePrompt> note = turns.desk().clickOf(clicked.optionId()) instanceof Option.Click.EveryPerson
                every ? every.note() : Optional.empty();
        if (note.isPresent()) {
            Optional<Reply> refused = turns.desk().refusal(action);
            if (refused.isPresent()) {
                transactions.run(() -> answer(clicked, userId, refused.get()));
                return;
            }
            if (openForm(userId, clicked, note.get(), triggerId)) {
                return;
            }
            // The click is not lost when the form cannot open: it counts, without a note.
        }
        press(event, action, clicked);
    }

    /** After the ack of the form's submission. */
    void submitted(InboundEvent event, String userId, String metadata, String note) {
        HandoffNoteModal.Clicked.parse(metadata).ifPresentOrElse(
                clicked -> press(event, action(userId, clicked, note), clicked),
                () -> log.warn("A handoff form from {} came back without its button; ignored", userId));
    }

    /** One turn: the clicker's answer only to them, and the summary replaced to show where the handoff stands. */
    private void press(InboundEvent event, Inbound.Action action, HandoffNoteModal.Clicked clicked) {
        String userId = action.key().user();
        turns.take(event, action, answer -> {
            answer.said().forEach(reply -> answer(clicked, userId, reply));
            if (answer instanceof ButtonOutcome outcome && !clicked.onHome()) {
                outcome.updated().map(summary -> onlyShown(summary, clicked))
                        .ifPresent(summary -> replies.replace(clicked.where(), clicked.ts(), summary));
            }
        });
    }

    /** Only to the clicker: beside the message they clicked, or in their DM when it was on the App Home. */
    private void answer(HandoffNoteModal.Clicked clicked, String userId, Reply reply) {
        if (clicked.onHome()) {
            replies.send(clicked.where(), List.of(reply));
        } else {
            replies.sendEphemeral(clicked.where(), userId, reply);
        }
    }

    private static Inbound.Action action(String userId, HandoffNoteModal.Clicked clicked, String note) {
        return new Inbound.Action(new ConversationKey(SlackReplies.PLATFORM, userId, clicked.where().conversation()),
                null, clicked.optionId(), note);
    }

    /** The team channel's copy only ever had "I've got this": it does not grow the holder's buttons. */
    private static Reply.HandoffSummary onlyShown(Reply.HandoffSummary summary, HandoffNoteModal.Clicked clicked) {
        List<Option> kept = summary.options().stream()
                .filter(option -> clicked.shown().contains(option.id())).toList();
        return new Reply.HandoffSummary(summary.handoffId(), summary.title(), summary.staffName(), summary.fields(),
                kept);
    }

    private boolean openForm(String userId, HandoffNoteModal.Clicked clicked, Option.NotePrompt note,
            String triggerId) {
        try {
            ViewsOpenResponse opened = client.viewsOpen(r -> r.triggerId(triggerId)
                    .view(HandoffNoteModal.view(clicked, note)));
            if (opened.isOk()) {
                return true;
            }
            log.warn("views.open for {} answered {}; the handoff button counts without a note", userId,
                    opened.getError());
        } catch (IOException | SlackApiException unavailable) {
            log.warn("views.open for {} failed ({}); the handoff button counts without a note", userId,
                    unavailable.getMessage());
        }
        return false;
    }
}
