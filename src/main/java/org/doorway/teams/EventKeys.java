package org.doorway.teams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The de-duplication key of an activity: activity ids are unique within a conversation, not across them. */
final class EventKeys {
    private static final int MAX = 300;

    private EventKeys() {}

    static String of(InboundActivity activity) {
        String key = "teams:" + activity.conversationId() + ":" + activity.id();
        return key.length() <= MAX ? key : "teams:sha256:" + sha256(key);
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
