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
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.Transactions;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.Reply;
import org.doorway.handoff.HandoffOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A technologist's buttons on a handoff summary, after the ack. "I've got
 * this" acts at once; "Pass to someone else" and "Resolved" first open a
 * short form for the reason or outcome ({@link HandoffNoteModal}), unless the
 * person could not use the button anyway. The answer goes only to the person
 * who clicked (ephemeral), since the summary sits in a group DM or the team
 * channel; the summary itself is replaced to show where the handoff stands.
 * Unlike the dialogue's buttons, every person's click counts (a staff member's
 * click in their own thread must not use up the technologist's). Thread-safe.
 */
final class HandoffClicks {
    private static final Logger log = LoggerFactory.getLogger(HandoffClicks.class);

    private final HandoffButtons buttons;
    private final SlackReplies replies;
    private final Transactions transactions;
    private final MethodsClient client;

    HandoffClicks(HandoffButtons buttons, SlackReplies replies, Transactions transactions, MethodsClient client) {
        this.buttons = buttons;
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
    void clicked(String userId, HandoffNoteModal.Clicked clicked, String triggerId) {
        boolean acknowledge = HandoffOptions.parse(clicked.optionId())
                .filter(click -> click.verb() == HandoffOptions.Verb.ACK).isPresent();
        if (acknowledge) {
            press(userId, clicked, "");
            return;
        }
        var refused = buttons.refusal(userId, clicked.optionId());
        if (refused.isPresent()) {
            transactions.run(() -> replies.sendEphemeral(clicked.where(), userId, refused.get()));
        } else if (!openForm(userId, clicked, triggerId)) {
            // The click is not lost when the form cannot open: it counts, without a note.
            press(userId, clicked, "");
        }
    }

    /** After the ack of the form's submission. */
    void submitted(String userId, String metadata, String note) {
        HandoffNoteModal.Clicked.parse(metadata).ifPresentOrElse(clicked -> press(userId, clicked, note),
                () -> log.warn("A handoff form from {} came back without its button; ignored", userId));
    }

    private void press(String userId, HandoffNoteModal.Clicked clicked, String note) {
        // The step commits in its own unit of work (see TechnologistActions#press); the clicker's answer and
        // the replaced summary follow in a second one, so a crash between them loses only those two messages.
        ButtonOutcome outcome = buttons.press(userId, clicked.optionId(), note);
        transactions.run(() -> {
            replies.sendEphemeral(clicked.where(), userId, outcome.answer());
            outcome.updated().map(summary -> onlyShown(summary, clicked))
                    .ifPresent(summary -> replies.replace(clicked.where(), clicked.ts(), summary));
        });
    }

    /** The team channel's copy only ever had "I've got this": it does not grow the holder's buttons. */
    private static Reply.HandoffSummary onlyShown(Reply.HandoffSummary summary, HandoffNoteModal.Clicked clicked) {
        List<org.doorway.conversation.Option> kept = summary.options().stream()
                .filter(option -> clicked.shown().contains(option.id())).toList();
        return new Reply.HandoffSummary(summary.handoffId(), summary.title(), summary.staffName(), summary.fields(),
                kept);
    }

    private boolean openForm(String userId, HandoffNoteModal.Clicked clicked, String triggerId) {
        try {
            ViewsOpenResponse opened = client.viewsOpen(r -> r.triggerId(triggerId)
                    .view(HandoffNoteModal.view(clicked)));
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
