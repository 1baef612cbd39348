package org.doorway.slack;

import java.util.Locale;

/**
 * Text for Slack's mrkdwn. Everything that did not come from Doorway's own
 * templates goes through {@link #escape}: Slack reads {@code <…>} as mentions,
 * channel pings and links, so escaping {@code & < >} is what keeps
 * {@code <!channel>} or {@code <https://evil|click>} in user text inert.
 * Links are made only for http(s) URLs.
 */
final class Mrkdwn {
    static final String ELLIPSIS = "…";

    private Mrkdwn() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(point -> escaped.append(escape(point)));
        return escaped.toString();
    }

    private static String escape(int codePoint) {
        return switch (codePoint) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> new String(Character.toChars(codePoint));
        };
    }

    /**
     * Escapes and cuts so that the result has at most {@code limit} chars,
     * never splitting an entity or a surrogate pair.
     */
    static String escape(String text, int limit) {
        String escaped = escape(text);
        if (escaped.length() <= limit) {
            return escaped;
        }
        StringBuilder cut = new StringBuilder(limit);
        int budget = limit - ELLIPSIS.length();
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            String piece = escape(point);
            if (cut.length() + piece.length() > budget) {
                break;
            }
            cut.append(piece);
            i += Character.charCount(point);
        }
        return cut.append(ELLIPSIS).toString();
    }

    /** Raw text cut to {@code limit} chars, before it is escaped or used where Slack does not parse it. */
    static String cut(String text, int limit) {
        String value = text == null ? "" : text;
        if (value.length() <= limit) {
            return value;
        }
        int end = limit - ELLIPSIS.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + ELLIPSIS;
    }

    /** Undoes {@link #escape}, for text Slack hands back as it was sent (a clicked button's label). */
    static String unescape(String text) {
        return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String bold(String text) {
        return "*" + escape(text, 300) + "*";
    }

    /** A link when {@code url} is http(s), else just the escaped label. */
    static String link(String url, String label) {
        if (!isWebUrl(url)) {
            return escape(label);
        }
        String safeUrl = url.trim().replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
                .replace(" ", "%20");
        return "<" + safeUrl + "|" + escape(label) + ">";
    }

    static boolean isWebUrl(String url) {
        if (url == null || url.isBlank() || url.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > "https://".length();
    }
}
