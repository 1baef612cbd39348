package org.doorway.intake;

import java.util.Locale;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;

/**
 * Reads {@link Slots} from a message. Runs on the first message and on every
 * reply, so nothing already said is asked again. Thread-safe.
 */
final class SlotExtractor {
    private final Supplier<Catalogue> catalogue;

    SlotExtractor(Supplier<Catalogue> catalogue) {
        this.catalogue = catalogue;
    }

    Slots read(String text) {
        String lower = normalise(text);
        return new Slots(CohortSize.in(lower), ModeWords.in(lower), WhenWords.in(lower),
                ToolMentions.of(catalogue.get()).in(text), ConfidenceWords.in(lower), UrgencyWords.in(lower));
    }

    /** Lower case, curly quotes straightened and runs of spaces collapsed, which every finder expects. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replaceAll("\\s+", " ").strip();
    }
}
