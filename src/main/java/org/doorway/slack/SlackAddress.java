package org.doorway.slack;

import java.util.Optional;

/**
 * Where in Slack a conversation lives: a channel (a DM, a group DM or a
 * channel) and, for @mentions, the thread. Written into
 * {@link org.doorway.conversation.ConversationKey#conversation()} as
 * {@code channel} or {@code channel:thread_ts}.
 */
public record SlackAddress(String channel, Optional<String> threadTs) {

    public static SlackAddress channel(String channel) {
        return new SlackAddress(channel, Optional.empty());
    }

    public static SlackAddress thread(String channel, String threadTs) {
        return new SlackAddress(channel, Optional.of(threadTs));
    }

    public static SlackAddress parse(String conversation) {
        int colon = conversation.indexOf(':');
        return colon < 0 ? channel(conversation)
                : thread(conversation.substring(0, colon), conversation.substring(colon + 1));
    }

    public String conversation() {
        return threadTs.map(ts -> channel + ":" + ts).orElse(channel);
    }
}
