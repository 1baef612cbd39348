package org.doorway.slack;

import java.util.List;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.followup.Introductions;

/**
 * Introduces two colleagues on Slack: a group DM with both of them (and
 * Doorway), opened through the outbox with conversations.open, the intro
 * posted in it. Doorway listens only to its own DMs and mentions, so it stays
 * quiet there afterwards.
 */
public final class SlackIntroductions implements Introductions {
    private final SlackReplies replies;

    public SlackIntroductions(SlackReplies replies) {
        this.replies = replies;
    }

    @Override
    public Introduced introduce(ConversationKey asker, ConversationKey author, Reply intro) {
        replies.sendToGroup(List.of(asker.user(), author.user()), List.of(intro));
        return new Introduced.ChatOpened();
    }
}
