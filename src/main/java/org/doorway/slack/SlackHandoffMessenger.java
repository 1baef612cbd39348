package org.doorway.slack;

import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessage;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.Technologist;

/**
 * Handoff news on Slack, through the outbox: a group DM with the staff member
 * and the technologist for the summary, the staff member's own conversation
 * for notices, and the team channel as the last resort. Doorway only listens
 * to direct messages and mentions, so it stays quiet in the group DM except
 * for its buttons.
 */
public final class SlackHandoffMessenger implements HandoffMessenger {
    private final SlackReplies replies;

    public SlackHandoffMessenger(SlackReplies replies) {
        this.replies = replies;
    }

    /**
     * Queues conversations.open with both people, then the summary, as one
     * outbox item (the group DM's id is only known at delivery). The id is not
     * reported to {@link org.doorway.handoff.HandoffService#threadOpened}: it
     * would only tell the bot to keep quiet in the group DM, and it is quiet
     * there by construction (it listens to its own DMs and to @mentions, and
     * an @mention is an explicit request). The buttons carry the handoff id.
     */
    @Override
    public Optional<String> openThread(Handoff handoff, Technologist technologist, Reply.HandoffSummary summary) {
        String staff = handoff.request().staff().user();
        technologist.chatId(SlackReplies.PLATFORM).ifPresent(slackId -> replies.showHandoff(List.of(staff, slackId),
                handoff.id(), HandoffMessage.Audience.technologist(technologist.id()), summary));
        return Optional.empty();
    }

    @Override
    public void tellStaff(ConversationKey staff, Reply reply) {
        replies.send(SlackAddress.parse(staff.conversation()), List.of(reply));
    }

    @Override
    public void postToTeamChannel(String channel, Reply.HandoffSummary summary) {
        replies.showHandoff(SlackAddress.channel(channel), Long.parseLong(summary.handoffId()),
                HandoffMessage.Audience.team(), summary);
    }

    @Override
    public void refresh(HandoffCards cards) {
        replies.refresh(cards);
    }
}
