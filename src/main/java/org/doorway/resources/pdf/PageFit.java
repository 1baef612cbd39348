package org.doorway.resources.pdf;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shortens paragraphs until they fit the height available: first the
 * paragraph showing the most lines loses one, then, when every paragraph is
 * down to one line, paragraphs are dropped from the end (never a heading).
 * So the page never overflows, whatever the entry holds.
 */
final class PageFit {
    private PageFit() {}

    static List<Line> fit(List<Line> lines, float available) {
        while (total(lines) > available) {
            Optional<Line> longest = lines.stream().filter(line -> !line.heading && line.shown > 1)
                    .max(Comparator.comparingInt(line -> line.shown));
            if (longest.isPresent()) {
                longest.get().shown--;
                continue;
            }
            int last = lastBody(lines);
            if (last < 0) {
                break;
            }
            lines.remove(last);
        }
        return lines;
    }

    static float total(List<Line> lines) {
        float height = 0;
        for (Line line : lines) {
            height += line.height();
        }
        return height;
    }

    private static int lastBody(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).heading) {
                return i;
            }
        }
        return -1;
    }
}
