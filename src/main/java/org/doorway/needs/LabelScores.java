package org.doorway.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns search results into one probability per label. Two views are
 * blended: the nearest phrasings (each label scores the decayed sum of its
 * best few, so a label needs several close phrasings, not one lucky one) and
 * the label profiles (all of a label's phrasings as one text, which catches
 * messages whose words are spread over many phrasings). Scales and cue
 * strengths then adjust fault or out-of-scope, and a softmax over scores
 * relative to the best gives [0, 1].
 */
final class LabelScores {

    private LabelScores() {}

    record Ranked(String label, double probability) {}

    static List<Ranked> rank(ExampleIndex.Hit[] nearest, ExampleIndex.Hit[] profiles, Map<String, Double> scale,
                             Map<String, Double> cueLift, Tuning tuning) {
        var scores = relativeToBest(neighbourVote(nearest, tuning));
        relativeToBest(profileScores(profiles)).forEach((label, score) ->
                scores.merge(label, tuning.profileWeight() * score, Double::sum));
        if (scores.isEmpty()) {
            return List.of();
        }
        scale.forEach((label, factor) -> scores.computeIfPresent(label, (l, s) -> s * factor));
        double best = max(scores);
        cueLift.forEach((label, lift) -> scores.merge(label, lift * best, Double::sum));
        double top = max(scores);
        double total = 0;
        var exps = new HashMap<String, Double>();
        for (var e : scores.entrySet()) {
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

    private static Map<String, Double> neighbourVote(ExampleIndex.Hit[] hits, Tuning tuning) {
        var sums = new HashMap<String, Double>();
        var seen = new HashMap<String, Integer>();
        for (var hit : hits) {
            int n = seen.merge(hit.label(), 1, Integer::sum);
            if (n <= tuning.perLabel()) {
                sums.merge(hit.label(), hit.score() * Math.pow(tuning.decay(), n - 1), Double::sum);
            }
        }
        return sums;
    }

    private static Map<String, Double> profileScores(ExampleIndex.Hit[] hits) {
        var scores = new HashMap<String, Double>();
        for (var hit : hits) {
            scores.merge(hit.label(), (double) hit.score(), Math::max);
        }
        return scores;
    }

    private static Map<String, Double> relativeToBest(Map<String, Double> scores) {
        double best = max(scores);
        var out = new HashMap<String, Double>();
        if (best > 0) {
            scores.forEach((label, score) -> out.put(label, score / best));
        }
        return out;
    }

    private static double max(Map<String, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
