package org.doorway.reports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a request that say what was asked for: lower-cased, without
 * the words every request shares ("I", "students", "want", "module" …), each
 * reduced to a rough stem so that "annotate", "annotating" and "annotated"
 * meet. Maps each stem to the first way it was written, for labels.
 */
final class AskedWords {
    private static final Set<String> COMMON = Set.of("a", "about", "after", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "been", "but", "by", "can", "could", "do", "does", "doing", "for", "from", "get",
            "got", "had", "has", "have", "help", "how", "i", "i'd", "i'm", "if", "in", "into", "is", "it", "its",
            "just", "like", "make", "me", "module", "modules", "my", "need", "needs", "new", "next", "no", "not",
            "of", "on", "or", "our", "out", "please", "should", "so", "some", "something", "student", "students",
            "term", "semester", "that", "the", "their", "them", "there", "these", "they", "this", "to", "tool",
            "tools", "up", "us", "use", "using", "want", "way", "we", "what", "when", "where", "which", "who", "will",
            "with", "would", "you", "your", "class", "course", "cohort", "year", "first", "run", "still", "work",
            "erased", "thing", "things", "anyone", "know", "there's", "during", "together", "before", "able", "via",
            "each", "every", "other", "than", "then", "too", "very", "being", "lot", "lots");

    private AskedWords() {}

    /** Stem → the word as first written, in the order the words came. */
    static Map<String, String> of(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int index = 0; index <= lower.length(); index++) {
            boolean inWord = index < lower.length() && (Character.isLetterOrDigit(lower.charAt(index))
                    || lower.charAt(index) == '\'' && start >= 0);
            if (inWord && start < 0) {
                start = index;
            } else if (!inWord && start >= 0) {
                add(words, lower.substring(start, index));
                start = -1;
            }
        }
        return words;
    }

    private static void add(Map<String, String> words, String word) {
        String plain = word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
        if (plain.length() < 3 || COMMON.contains(plain) || plain.chars().allMatch(Character::isDigit)) {
            return;
        }
        words.putIfAbsent(stem(plain), plain);
    }

    /** A deliberately rough stem: plural and verb endings off, nothing clever. */
    static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (String ending : new String[] {"ing", "ed", "es", "s", "e"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4 && !word.endsWith("ss")) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
