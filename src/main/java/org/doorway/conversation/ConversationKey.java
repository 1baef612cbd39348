package org.doorway.conversation;

import java.util.Objects;

/**
 * Who is talking and where: the platform ({@code slack}, {@code teams},
 * {@code console}), the user's id on it and the conversation (a DM channel, a
 * thread, a Teams chat).
 */
public record ConversationKey(String platform, String user, String conversation) {
    public ConversationKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
    }
}
