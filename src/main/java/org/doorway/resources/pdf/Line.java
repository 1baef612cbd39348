package org.doorway.resources.pdf;

/**
 * A paragraph's place in the layout: its wrapped lines, how many of them are
 * shown now ({@code shown}, at least one), its text size, indentation, the
 * width it is wrapped to, the structure tag it belongs to, and the link it opens (or null).
 */
final class Line {
    final java.util.List<String> wrapped;
    final float size;
    final float indent;
    final float width;
    final String tag;
    final String link;
    final boolean heading;
    int shown;

    Line(java.util.List<String> wrapped, int maxLines, float size, float indent, float width, String tag, String link,
            boolean heading) {
        this.wrapped = wrapped;
        this.shown = Math.max(1, Math.min(maxLines, wrapped.size()));
        this.size = size;
        this.indent = indent;
        this.width = width;
        this.tag = tag;
        this.link = link;
        this.heading = heading;
    }

    /** Space above a heading, so that it sits with the text it introduces. */
    float above() {
        return heading ? size * 0.5f : 0f;
    }

    float leading() {
        return size * 1.3f;
    }

    float height() {
        return shown * leading() + (heading ? size * 0.6f + above() : 2f);
    }
}
