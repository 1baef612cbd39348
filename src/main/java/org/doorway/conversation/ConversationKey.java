package org.doorway.conversation;

import java.util.Objects;

/**
 * Who is talking and where: the platform ({@code slack}, {@code teams},
 * {@code console}), the user's id on it and the conversation (a DM channel, a
 * thread, a Teams chat), empty when they act outside one.
 */
public record ConversationKey(String platform, String user, String conversation) {
    public ConversationKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
    }

    /** A person acting outside any conversation (a switch on Slack's App Home): the conversation is empty. */
    public static ConversationKey person(String platform, String user) {
        return new ConversationKey(platform, user, "");
    }
}
