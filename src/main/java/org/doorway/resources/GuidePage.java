package org.doorway.resources;

import java.util.List;
import java.util.Optional;

/**
 * What a one-page printable guide says, in reading order, before any layout:
 * the tool's name and summary, then blocks (a heading with paragraphs or
 * numbered steps), the links printed in full, and the link the QR code
 * holds. Every link is http(s). A writer fits this on one page by shortening
 * paragraphs to at most their {@code maxLines}, and further when needed,
 * never by overflowing.
 */
public record GuidePage(String title, String summary, List<Block> blocks, List<Link> links, Optional<String> qrLink,
        String footer) {
    public GuidePage {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }

    /** A heading and its paragraphs; {@code numbered} for getting-started steps. */
    public record Block(String heading, List<String> paragraphs, boolean numbered, int maxLines) {
        public Block {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A link printed as its label and full address. */
    public record Link(String label, String url) {}
}
