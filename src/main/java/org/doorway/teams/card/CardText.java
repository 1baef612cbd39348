package org.doorway.teams.card;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes plain text safe for the markdown subset of an Adaptive Card TextBlock
 * or Fact: markdown punctuation is backslash-escaped (so {@code [x](url)},
 * {@code **}, {@code <at>} stay literal), list markers at a line start lose
 * their meaning, control characters go and very long text is cut. Links are
 * made only from http(s) URLs.
 */
public final class CardText {
    static final int MAX_LENGTH = 3000;
    private static final String MARKDOWN = "\\`*_{}[]()<>#~";
    private static final String AT_LINE_START = "-+=";

    private CardText() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
        StringBuilder out = new StringBuilder(cut.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c == '\r' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                continue;
            }
            if (MARKDOWN.indexOf(c) >= 0 || (lineStart && AT_LINE_START.indexOf(c) >= 0)
                    || (c == '.' && orderedListMarker(out))) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }

    /** True when what is written on the current line so far is only digits, so a '.' would start a list. */
    private static boolean orderedListMarker(StringBuilder written) {
        int i = written.length() - 1;
        int digits = 0;
        while (i >= 0 && Character.isDigit(written.charAt(i))) {
            i--;
            digits++;
        }
        while (i >= 0 && written.charAt(i) == ' ') {
            i--;
        }
        return digits > 0 && (i < 0 || written.charAt(i) == '\n');
    }

    /** The URL when it is an absolute http(s) URL with a host, else empty. */
    public static Optional<String> safeUrl(String url) {
        if (url == null || url.isBlank() || url.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.toASCIIString());
            }
        } catch (URISyntaxException notAUrl) {
            // falls through
        }
        return Optional.empty();
    }

    /** A markdown link when the URL is safe, else the escaped title alone. */
    public static String link(String title, String url) {
        return safeUrl(url)
                .map(safe -> "[" + escape(title) + "](" + safe.replace("(", "%28").replace(")", "%29") + ")")
                .orElse(escape(title));
    }
}
