package org.doorway.app;

import java.util.Optional;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.TechnologistActions;
import org.doorway.slack.HandoffButtons;
import org.doorway.slack.SlackReplies;

/** The technologists' handoff buttons in Slack, answered by the handoff feature. */
final class SlackHandoffButtons implements HandoffButtons {
    private final TechnologistActions technologists;

    SlackHandoffButtons(TechnologistActions technologists) {
        this.technologists = technologists;
    }

    @Override
    public Optional<Reply> refusal(String slackUserId, String optionId) {
        return technologists.refusal(key(slackUserId), optionId);
    }

    @Override
    public ButtonOutcome press(String slackUserId, String optionId, String note) {
        return technologists.press(key(slackUserId), optionId, note);
    }

    // Who clicked is all the handoff feature needs; the conversation part is unused for buttons.
    private static ConversationKey key(String slackUserId) {
        return new ConversationKey(SlackReplies.PLATFORM, slackUserId, "handoff");
    }
}
