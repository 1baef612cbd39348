package org.doorway.resources.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measures and wraps text in one font: characters the font cannot draw
 * become '?', control characters spaces, and a line cut short ends in '…'.
 * Not thread-safe (it caches glyph checks); one per document.
 */
final class Wrapping {
    private static final String ELLIPSIS = "\u2026";

    private final PDFont font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    Wrapping(PDFont font) {
        this.font = font;
    }

    /** The text with only characters the font can draw. */
    String clean(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(point -> {
            if (Character.isISOControl(point) || Character.isWhitespace(point)) {
                out.append(' ');
            } else if (drawable.computeIfAbsent(point, this::canDraw)) {
                out.appendCodePoint(point);
            } else {
                out.append('?');
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cleaned text in lines no wider than {@code width}; words longer than a line are split. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > width) {
                int cut = fitting(rest, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** At most {@code max} lines; when cut, the last kept line ends in '…' and still fits. */
    List<String> limit(List<String> lines, int max, float size, float width) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String last = kept.get(max - 1);
        while (!last.isEmpty() && width(last + ELLIPSIS, size) > width) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(max - 1, last.replaceAll("[\\s.,;:]+$", "") + ELLIPSIS);
        return kept;
    }

    private int fitting(String word, float size, float width) {
        int cut = 1;
        while (cut < word.length() && width(word.substring(0, cut + 1), size) <= width) {
            cut++;
        }
        return cut;
    }

    private boolean canDraw(int point) {
        try {
            font.encode(new String(Character.toChars(point)));
            return font.getStringWidth(new String(Character.toChars(point))) > 0 || point == ' ';
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
