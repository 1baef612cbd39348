package org.doorway.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Small helpers that turn stories into figures: one predicate, or one group per key. */
final class Figures {
    private Figures() {}

    static Figure where(String id, String label, List<RequestStory> stories, Predicate<RequestStory> counted) {
        return new Figure(id, label, stories.stream().filter(counted).map(RequestStory::id).toList());
    }

    /** One figure per key, largest first (ties by key); {@code labels} names a key, {@code ids} makes its id. */
    static List<Figure> groups(Map<String, List<Long>> grouped, Function<String, String> ids,
            Function<String, String> labels) {
        List<Figure> figures = new ArrayList<>();
        grouped.forEach((key, requests) -> figures.add(new Figure(ids.apply(key), labels.apply(key), requests)));
        figures.sort(Comparator.comparing(Figure::count).reversed().thenComparing(Figure::id));
        return figures;
    }

    static void add(Map<String, List<Long>> grouped, String key, long requestId) {
        grouped.computeIfAbsent(key, ignored -> new ArrayList<>()).add(requestId);
    }

    static Map<String, List<Long>> grouped() {
        return new LinkedHashMap<>();
    }

    /** "4 of 9", with a percentage only when there are at least twenty, so small numbers never look big. */
    static String share(int part, int whole) {
        if (whole < 20) {
            return part + " of " + whole;
        }
        return part + " of " + whole + " (" + Math.round(100.0 * part / whole) + "%)";
    }
}
