package org.doorway.resources.pdf;

import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper sizes a guide is printed on. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    /** {@code a4} or {@code letter}, any case. */
    public static Optional<Paper> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(A4);
            case "letter", "us-letter" -> Optional.of(LETTER);
            default -> Optional.empty();
        };
    }
}
