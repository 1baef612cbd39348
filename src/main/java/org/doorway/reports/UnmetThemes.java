package org.doorway.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.doorway.needs.TextEmbedder;

/**
 * The things people keep asking for that went unmet, found in what they
 * wrote: requests are grouped by the pair of words (or, failing that, the
 * word) most of them share, largest group first, each request in one group
 * at most; a group needs at least {@link #SMALLEST} requests, so no label
 * is one person's words. Where a sentence embedder is at hand, groups whose
 * words mean nearly the same ("podcast" and "audio recording") are merged.
 * Deterministic: ties go to the alphabetically first words. Immutable.
 */
final class UnmetThemes {
    static final int SHOWN = 5;
    static final int SMALLEST = 3;
    static final double SAME_MEANING = 0.8;
    private static final int CANDIDATES = 3 * SHOWN;
    private static final int WORDS_PER_REQUEST = 8;
    private final Optional<TextEmbedder> embedder;

    UnmetThemes(Optional<TextEmbedder> embedder) {
        this.embedder = embedder;
    }

    /** Up to {@link #SHOWN} themes, largest first. */
    List<Theme> of(List<ReportQueries.RequestText> texts) {
        Map<String, String> written = new TreeMap<>();
        List<Map<String, String>> words = texts.stream().map(text -> AskedWords.of(text.text() == null ? ""
                : text.text())).toList();
        Map<String, Integer> spread = new HashMap<>();
        words.forEach(each -> each.forEach((stem, word) -> {
            spread.merge(stem, 1, Integer::sum);
            written.putIfAbsent(stem, word);
        }));
        List<Ask> asks = new ArrayList<>();
        for (int index = 0; index < texts.size(); index++) {
            TreeSet<String> shared = new TreeSet<>();
            words.get(index).keySet().stream().filter(stem -> spread.get(stem) >= SMALLEST).limit(WORDS_PER_REQUEST)
                    .forEach(shared::add);
            if (!shared.isEmpty()) {
                asks.add(new Ask(texts.get(index).requestId(), List.copyOf(shared)));
            }
        }
        List<Theme> themes = new Grouping(asks).groups(CANDIDATES, SMALLEST).stream()
                .map(group -> group.theme(written)).toList();
        return embedder.map(model -> Meanings.merge(themes, model, SAME_MEANING)).orElse(themes).stream()
                .sorted(Comparator.comparing((Theme theme) -> -theme.requestIds().size()).thenComparing(Theme::key))
                .limit(SHOWN).toList();
    }

    /** A request's shared words, as sorted stems. */
    record Ask(long requestId, List<String> stems) {}

    /** A group: the words that name it (as people wrote them), its key (their stems) and its requests. */
    record Theme(String key, List<String> words, List<Long> requestIds) {
        String label() {
            return String.join(", ", words);
        }
    }
}
