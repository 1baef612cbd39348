package org.doorway.resources.svg;

/** Escaping for XML text and attribute values; characters XML 1.0 cannot hold are dropped. */
final class Xml {
    private Xml() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(point -> {
            switch (point) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (point >= 0x20 && point != 0xFFFE && point != 0xFFFF) {
                        out.appendCodePoint(point);
                    }
                }
            }
        });
        return out.toString();
    }

    /** At most {@code max} characters, cut with an ellipsis: SVG text does not wrap. */
    static String cut(String text, int max) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
