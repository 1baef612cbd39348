package org.doorway.slack;

import java.util.Optional;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.Reply;

/**
 * The handoff feature's side of a technologist's buttons ("I've got this",
 * "Pass to someone else", "Resolved"), supplied by the wiring. Slack asks
 * first whether the person may use the button, so that a modal asking for a
 * reason is only opened for someone whose click will count.
 */
public interface HandoffButtons {

    /** Why this Slack user cannot use this button now; empty when they can. Changes nothing. */
    Optional<Reply> refusal(String slackUserId, String optionId);

    /** Does what the button says, in its own unit of work; {@code note} is the reason or outcome, maybe empty. */
    ButtonOutcome press(String slackUserId, String optionId, String note);

    /** For an adapter without the handoff feature (its own tests): every button is politely refused. */
    static HandoffButtons none() {
        Reply notHere = Reply.Text.of("Handoffs are not switched on here.");
        return new HandoffButtons() {
            @Override
            public Optional<Reply> refusal(String slackUserId, String optionId) {
                return Optional.of(notHere);
            }

            @Override
            public ButtonOutcome press(String slackUserId, String optionId, String note) {
                return new ButtonOutcome(notHere, Optional.empty());
            }
        };
    }
}
