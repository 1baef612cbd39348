package org.doorway.resources.ics;

import java.nio.charset.StandardCharsets;

/** RFC 5545's text rules: escaping of TEXT values and folding of long lines at 75 octets. */
final class IcsText {
    private static final int MAX_OCTETS = 75;

    private IcsText() {}

    /** A TEXT value: backslash, semicolon, comma and newline escaped; other control characters dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(point -> {
            switch (point) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (!Character.isISOControl(point)) {
                        out.appendCodePoint(point);
                    }
                }
            }
        });
        return out.toString();
    }

    /** One content line, folded so no physical line exceeds 75 octets, never inside a UTF-8 character; ends in CRLF. */
    static String line(String content) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int point = content.codePointAt(i);
            int size = new String(Character.toChars(point)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(point);
            octets += size;
            i += Character.charCount(point);
        }
        return out.append("\r\n").toString();
    }
}
