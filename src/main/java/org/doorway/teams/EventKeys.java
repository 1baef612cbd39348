package org.doorway.teams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The de-duplication key of an activity: activity ids are unique within a
 * conversation, not across them. The Activity spec makes {@code id} a SHOULD,
 * not a MUST, so an activity without one is keyed by what the Bot Connector
 * resends unchanged when it retries (channel, conversation, sender, the
 * channel's timestamp, type, text, card data, the message it answers); an
 * activity with neither an id nor a timestamp has no key, since a retry of it
 * could not be told from a new message.
 */
final class EventKeys {
    private static final int MAX = 300;

    private EventKeys() {}

    static Optional<String> of(InboundActivity activity) {
        if (activity.id().isEmpty()) {
            return activity.timestamp().isEmpty() ? Optional.empty() : Optional.of(derived(activity));
        }
        String key = "teams:" + activity.conversationId() + ":" + activity.id();
        return Optional.of(key.length() <= MAX ? key : "teams:sha256:" + sha256(key));
    }

    private static String derived(InboundActivity activity) {
        return "teams:derived:" + sha256(String.join("\n", activity.channelId(), activity.conversationId(),
                activity.userId(), activity.timestamp(), activity.type(), activity.text(),
                activity.value().isMissingNode() ? "" : activity.value().toString(), activity.replyToId()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
