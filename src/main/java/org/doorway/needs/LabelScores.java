package org.doorway.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the nearest phrasings into one probability per label: each label
 * scores the decayed sum of its best few neighbours, so a label needs several
 * close phrasings (not one lucky one) to win; scales and cue strengths then
 * adjust fault or out-of-scope; a softmax over scores relative to the best gives [0, 1].
 */
final class LabelScores {

    private LabelScores() {}

    record Ranked(String label, double probability) {}

    static List<Ranked> rank(ExampleIndex.Hit[] hits, Map<String, Double> scale, Map<String, Double> cueLift,
                             Tuning tuning) {
        var sums = new HashMap<String, Double>();
        var seen = new HashMap<String, Integer>();
        for (var hit : hits) {
            int n = seen.merge(hit.label(), 1, Integer::sum);
            if (n <= tuning.perLabel()) {
                sums.merge(hit.label(), hit.score() * Math.pow(tuning.decay(), n - 1), Double::sum);
            }
        }
        scale.forEach((label, factor) -> sums.computeIfPresent(label, (l, sum) -> sum * factor));
        double best = sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (best <= 0) {
            return List.of();
        }
        cueLift.forEach((label, lift) -> sums.merge(label, lift * best, Double::sum));
        double top = sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(best);
        double total = 0;
        var exps = new HashMap<String, Double>();
        for (var e : sums.entrySet()) {
            double x = Math.exp((e.getValue() - top) / (best * tuning.temperature()));
            exps.put(e.getKey(), x);
            total += x;
        }
        var ranked = new ArrayList<Ranked>();
        for (var e : exps.entrySet()) {
            ranked.add(new Ranked(e.getKey(), e.getValue() / total));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::probability).reversed().thenComparing(Ranked::label));
        return ranked;
    }
}
