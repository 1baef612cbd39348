package org.doorway.slack;

import java.util.List;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HolderMessenger;
import org.doorway.handoff.Technologist;

/**
 * Word to a technologist about a handoff they hold, on Slack: a reminder in
 * their DM with Doorway, and what the staff member added in the group DM the
 * two of them share with Doorway (conversations.open finds the same one).
 */
public final class SlackHolderMessenger implements HolderMessenger {
    private final SlackReplies replies;

    public SlackHolderMessenger(SlackReplies replies) {
        this.replies = replies;
    }

    @Override
    public void tellHolder(Handoff handoff, Technologist technologist, Reply reply) {
        technologist.chatId(SlackReplies.PLATFORM).ifPresent(slackId ->
                replies.sendToGroup(List.of(slackId), List.of(reply)));
    }

    @Override
    public void intoThread(Handoff handoff, Technologist technologist, Reply reply) {
        technologist.chatId(SlackReplies.PLATFORM).ifPresent(slackId -> replies.sendToGroup(
                List.of(handoff.request().staff().user(), slackId), List.of(reply)));
    }
}
