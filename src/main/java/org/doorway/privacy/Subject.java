package org.doorway.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A data subject named as {@code slack:U0123} or {@code teams:ID}, where a
 * Teams ID is the user's Teams id ({@code 29:…}) or their Entra object id.
 */
public record Subject(String platform, String userId) {

    /** Empty when {@code text} is not {@code slack:…} or {@code teams:…}. */
    public static Optional<Subject> parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String platform = text.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
        String user = text.substring(colon + 1).trim();
        return platform.equals("slack") || platform.equals("teams") ? Optional.of(new Subject(platform, user))
                : Optional.empty();
    }

    /** A stable stand-in for the id in records and anonymised rows, which does not give the id away. */
    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((platform + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return platform + ":" + userId;
    }
}
