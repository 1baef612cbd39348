package org.doorway.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Greedy grouping of requests by shared words: take the pair of words the
 * most remaining requests share (a single word once no pair is shared by
 * enough), make those requests a group, count again without them, repeat.
 * Counts are kept and lowered as requests are taken, so each request's
 * words are counted twice at most. Not thread-safe: one per report.
 */
final class Grouping {
    private final List<UnmetThemes.Ask> asks;
    private final List<List<String>> keys = new ArrayList<>();
    private final boolean[] taken;
    private final Map<String, Integer> counts = new HashMap<>();

    Grouping(List<UnmetThemes.Ask> asks) {
        this.asks = asks;
        this.taken = new boolean[asks.size()];
        for (UnmetThemes.Ask ask : asks) {
            List<String> own = new ArrayList<>();
            List<String> stems = ask.stems();
            for (int first = 0; first < stems.size(); first++) {
                own.add(stems.get(first));
                for (int second = first + 1; second < stems.size(); second++) {
                    own.add(stems.get(first) + " " + stems.get(second));
                }
            }
            own.forEach(key -> counts.merge(key, 1, Integer::sum));
            keys.add(own);
        }
    }

    /** Up to {@code most} groups of at least {@code smallest} requests each, largest found first. */
    List<Group> groups(int most, int smallest) {
        List<Group> groups = new ArrayList<>();
        while (groups.size() < most) {
            String best = best(true, smallest);
            if (best == null) {
                best = best(false, smallest);
            }
            if (best == null) {
                break;
            }
            groups.add(take(List.of(best.split(" "))));
        }
        return groups;
    }

    private String best(boolean pairs, int smallest) {
        String best = null;
        int most = smallest - 1;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String key = entry.getKey();
            int count = entry.getValue();
            if (key.contains(" ") == pairs && (count > most || count == most && best != null
                    && key.compareTo(best) < 0)) {
                best = key;
                most = count;
            }
        }
        return best;
    }

    private Group take(List<String> stems) {
        List<Long> members = new ArrayList<>();
        Map<String, Integer> others = new TreeMap<>();
        for (int index = 0; index < asks.size(); index++) {
            if (!taken[index] && asks.get(index).stems().containsAll(stems)) {
                taken[index] = true;
                members.add(asks.get(index).requestId());
                keys.get(index).forEach(key -> counts.merge(key, -1, Integer::sum));
                asks.get(index).stems().stream().filter(stem -> !stems.contains(stem))
                        .forEach(stem -> others.merge(stem, 1, Integer::sum));
            }
        }
        List<String> named = new ArrayList<>(stems);
        others.entrySet().stream().filter(entry -> entry.getValue() * 2 >= members.size())
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .ifPresent(entry -> named.add(entry.getKey()));
        return new Group(named, members);
    }

    /** The stems that name a group and its requests. */
    record Group(List<String> stems, List<Long> requestIds) {
        UnmetThemes.Theme theme(Map<String, String> written) {
            return new UnmetThemes.Theme(String.join("+", stems), stems.stream().map(written::get).toList(),
                    requestIds);
        }
    }
}
