package org.doorway.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.needs.TextEmbedder;

/**
 * What reports know of the institution beyond the log: which department each
 * staff key belongs to (from the directory setting, keyed like the log, so
 * no chat id reaches a report), its term dates, and the sentence embedder
 * once the classifier has loaded it (empty before, or where it cannot run).
 */
public record ReportSetup(Supplier<Map<String, String>> departments, List<TermDates> terms,
        Supplier<Optional<TextEmbedder>> embedder) {
    public ReportSetup {
        terms = List.copyOf(terms);
    }

    /** No directory, no terms, no embedder: departments unknown, weeks from Monday, words grouped lexically. */
    public static ReportSetup none() {
        return new ReportSetup(Map::of, List.of(), Optional::empty);
    }
}
