package org.doorway.needs;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds a known term one slip away from an unknown one ("questons" →
 * "question", "wihtout" → "without"), by the deletion-neighbourhood method:
 * two words are within one insertion, deletion or swap of each other when
 * deleting at most one letter from each can make them equal. The table is
 * built once, so a lookup costs microseconds, unlike a Lucene fuzzy query.
 * Immutable and thread-safe.
 */
final class TypoCorrector {
    static final int MIN_LENGTH = 5;

    /** Each known term and each of its one-letter deletions, mapped to the most frequent known term. */
    private final Map<String, String> byVariant = new HashMap<>();

    TypoCorrector(Map<String, Integer> knownTermFrequencies) {
        var best = new HashMap<String, Integer>();
        knownTermFrequencies.forEach((term, freq) -> {
            if (term.length() >= MIN_LENGTH - 1) {
                for (String variant : variants(term)) {
                    if (freq > best.getOrDefault(variant, 0)) {
                        best.put(variant, freq);
                        byVariant.put(variant, term);
                    }
                }
            }
        });
    }

    /** The known term closest to an unknown one, or null when none is one slip away. */
    String correct(String unknown) {
        if (unknown.length() < MIN_LENGTH || !unknown.chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (String variant : variants(unknown)) {
            String known = byVariant.get(variant);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static Set<String> variants(String term) {
        var out = new java.util.LinkedHashSet<String>();
        out.add(term);
        for (int i = 0; i < term.length(); i++) {
            out.add(term.substring(0, i) + term.substring(i + 1));
        }
        return out;
    }
}
