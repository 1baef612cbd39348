package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a message, written as digits ("350", "1,200", "300+")
 * or in words ("three hundred", "a hundred and fifty", "a couple of hundred",
 * "a dozen"), with where each one starts and ends, so callers can read the
 * words around it. Stateless.
 */
final class NumberWords {
    /** A number found in a text, and the span of characters it came from (end exclusive). */
    record Found(int value, int start, int end) {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final String WORD = "(?:" + String.join("|", UNITS.keySet()) + ")";
    private static final Pattern VAGUE_HUNDREDS = Pattern.compile(
            "\\b(?:a couple of|a couple|a few|several|a good few) hundred\\b|\\bhundreds\\b");
    private static final Pattern WORDS = Pattern.compile("\\b(?:(?:a|an|one|" + WORD + ")(?:[ -]" + WORD + ")?"
            + "(?: (?:hundred|thousand)(?:(?: and)? " + WORD + "(?:[ -]" + WORD + ")?)?)?|a dozen|two dozen)\\b");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,:/£$])(\\d{1,3}(?:,\\d{3})+|\\d{1,5})(?![\\w.:/]|,\\d)");

    private NumberWords() {}

    /** Every number in {@code lower} (already lower case), in order of appearance. */
    static List<Found> in(String lower) {
        List<Found> found = new ArrayList<>();
        Matcher vague = VAGUE_HUNDREDS.matcher(lower);
        while (vague.find()) {
            found.add(new Found(vague.group().contains("couple") ? 200 : 300, vague.start(), vague.end()));
        }
        Matcher digits = DIGITS.matcher(lower);
        while (digits.find()) {
            found.add(new Found(Integer.parseInt(digits.group(1).replace(",", "")), digits.start(), digits.end()));
        }
        Matcher words = WORDS.matcher(lower);
        while (words.find()) {
            int value = value(words.group());
            if (value > 0 && found.stream().noneMatch(other -> overlaps(other, words.start(), words.end()))) {
                found.add(new Found(value, words.start(), words.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static boolean overlaps(Found found, int start, int end) {
        return start < found.end() && found.start() < end;
    }

    /** "a hundred and fifty" → 150; "twenty-five" → 25; "a" or "an" alone → 0 (not a number). */
    static int value(String words) {
        if (words.equals("a dozen")) {
            return 12;
        }
        if (words.equals("two dozen")) {
            return 24;
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String word : words.split("[ -]")) {
            switch (word) {
                case "a", "an" -> current = Math.max(current, 1);
                case "and" -> { }
                case "hundred" -> { current = Math.max(current, 1) * 100; any = true; }
                case "thousand" -> { total += Math.max(current, 1) * 1000; current = 0; any = true; }
                default -> {
                    Integer unit = UNITS.get(word);
                    if (unit != null) {
                        current += unit;
                        any = true;
                    }
                }
            }
        }
        return any ? total + current : 0;
    }
}
