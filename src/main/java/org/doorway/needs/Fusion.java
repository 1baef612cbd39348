package org.doorway.needs;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the embedding view, the Lucene view and the cues combine into one
 * probability per label: a conditional logit, p(label) ∝ exp(w · f(label)),
 * whose weights were learned by cross-validation on the example phrasings
 * ({@code TrainFusion} in the tests writes {@code fusion.yaml}), never set by
 * hand. The thresholds were chosen on the same out-of-fold answers.
 *
 * @param nearest        how many of a label's most similar phrasings its similarity averages (its
 *                       "closest" feature is the single most similar one)
 * @param probePenalty   the ridge penalty of the {@link LinearProbe}
 * @param weights        one weight per feature, in the order of {@link #features}
 * @param matchThreshold top need probability from which Doorway answers without asking "which is closest?"
 * @param faults         when the fault label's probability makes the message a fault
 */
record Fusion(int nearest, double probePenalty, double[] weights, double matchThreshold, FaultDetector faults) {

    static final List<String> FEATURES = List.of("similarity", "closest", "lucene", "lucene-log",
            "fault", "fault-cue", "out-of-scope", "out-of-scope-cue", "probe", "fault-probe");

    static Fusion bundled() {
        var raw = Resources.yaml("fusion.yaml", new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        var named = (Map<String, Number>) raw.get("weights");
        double[] weights = FEATURES.stream().mapToDouble(f -> named.get(f).doubleValue()).toArray();
        return new Fusion(((Number) raw.get("nearest")).intValue(), ((Number) raw.get("probePenalty")).doubleValue(),
                weights,
                ((Number) raw.get("matchThreshold")).doubleValue(),
                new FaultDetector(((Number) raw.get("faultThreshold")).doubleValue()));
    }

    /** The features of one label for one message. */
    static double[] features(String label, double similarity, double closest, double luceneProbability,
                             double faultCue, double outOfScopeCue, double probe) {
        boolean fault = Labels.FAULT.equals(label);
        boolean outOfScope = Labels.OUT_OF_SCOPE.equals(label);
        return new double[] {similarity, closest, luceneProbability, Math.log(luceneProbability + 0.01),
            fault ? 1 : 0, fault ? faultCue : 0, outOfScope ? 1 : 0, outOfScope ? outOfScopeCue : 0,
            probe, fault ? probe : 0};
    }

    /** Every label ranked by fused probability, best first. */
    List<LabelScores.Ranked> rank(List<String> labels, LuceneNeedClassifier.Evidence lucene,
                                  EmbeddingStage.Similarities similarities) {
        var luceneProbability = new java.util.HashMap<String, Double>();
        lucene.ranked().forEach(r -> luceneProbability.put(r.label(), r.probability()));
        double[] scores = new double[labels.size()];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            String label = labels.get(i);
            scores[i] = score(features(label, similarities.nearest().getOrDefault(label, 0.0),
                    similarities.closest().getOrDefault(label, 0.0),
                    luceneProbability.getOrDefault(label, 0.0), lucene.faultCue(), lucene.outOfScopeCue(),
                    similarities.probe().getOrDefault(label, 0.0)));
            top = Math.max(top, scores[i]);
        }
        return softmax(labels, scores, top);
    }

    double score(double[] features) {
        double sum = 0;
        for (int f = 0; f < features.length; f++) {
            sum += weights[f] * features[f];
        }
        return sum;
    }

    private static List<LabelScores.Ranked> softmax(List<String> labels, double[] scores, double top) {
        double total = 0;
        double[] exps = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            exps[i] = Math.exp(scores[i] - top);
            total += exps[i];
        }
        var ranked = new ArrayList<LabelScores.Ranked>(labels.size());
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new LabelScores.Ranked(labels.get(i), exps[i] / total));
        }
        ranked.sort(Comparator.comparingDouble(LabelScores.Ranked::probability).reversed()
                .thenComparing(LabelScores.Ranked::label));
        return ranked;
    }
}
