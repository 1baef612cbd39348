package org.doorway.needs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedding view of a message: its similarity to each label's phrasings
 * (the mean of the label's {@code nearest} most similar ones, so a label needs
 * several close phrasings rather than one lucky one). Thread-safe.
 */
final class EmbeddingStage {

    private final TextEmbedder embedder;
    private final PhrasingVectors vectors;
    private final int nearest;
    private final LinearProbe probe;
    private final java.util.List<String> labels;

    EmbeddingStage(TextEmbedder embedder, PhrasingVectors vectors, int nearest, LinearProbe probe,
                   java.util.List<String> labels) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.nearest = nearest;
        this.probe = probe;
        this.labels = labels;
    }

    /**
     * Per label: the mean similarity of its nearest few phrasings, that of its closest one, and the
     * {@link LinearProbe}'s score.
     */
    record Similarities(Map<String, Double> nearest, Map<String, Double> closest, Map<String, Double> probe) {

        Similarities withProbe(LinearProbe linear, java.util.List<String> labels, float[] query) {
            var scores = new HashMap<String, Double>();
            labels.forEach(label -> scores.put(label, linear.score(label, query)));
            return new Similarities(nearest, closest, scores);
        }
    }

    float[] embed(String text) {
        return embedder.embed(text);
    }

    /** Embeds {@code texts} together ahead of their {@link #embed} calls, which then find them remembered. */
    void prepare(java.util.List<String> texts) {
        embedder.embedAll(texts);
    }

    Similarities similarities(float[] embedding) {
        return similarities(embedding, vectors, nearest, i -> true).withProbe(probe, labels, embedding);
    }

    /** Per label, the mean similarity of its {@code nearest} closest phrasings among those {@code use} lets in. */
    static Similarities similarities(float[] query, PhrasingVectors vectors, int nearest,
                                     java.util.function.IntPredicate use) {
        var best = new HashMap<String, double[]>();
        for (int i = 0; i < vectors.size(); i++) {
            if (!use.test(i)) {
                continue;
            }
            double similarity = Vectors.dot(query, vectors.vector(i));
            double[] top = best.computeIfAbsent(vectors.label(i), label -> filled(nearest));
            // keep the label's best few, smallest first at index 0
            if (similarity > top[0]) {
                top[0] = similarity;
                Arrays.sort(top);
            }
        }
        var out = new HashMap<String, Double>();
        var closest = new HashMap<String, Double>();
        best.forEach((label, top) -> {
            closest.put(label, top[top.length - 1]);
            double sum = 0;
            int counted = 0;
            for (double x : top) {
                if (x > -2) {
                    sum += x;
                    counted++;
                }
            }
            out.put(label, counted == 0 ? 0.0 : sum / counted);
        });
        return new Similarities(out, closest, Map.of());
    }

    private static double[] filled(int n) {
        double[] top = new double[n];
        Arrays.fill(top, -3);
        return top;
    }
}
