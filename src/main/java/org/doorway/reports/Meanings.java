package org.doorway.reports;

import java.util.ArrayList;
import java.util.List;
import org.doorway.needs.TextEmbedder;

/**
 * Merges themes whose words mean nearly the same, by the cosine of their
 * sentence embeddings: themes are taken largest first, and each joins the
 * first kept theme it is at least {@code threshold} close to.
 */
final class Meanings {
    private Meanings() {}

    static List<UnmetThemes.Theme> merge(List<UnmetThemes.Theme> themes, TextEmbedder embedder, double threshold) {
        List<UnmetThemes.Theme> kept = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (UnmetThemes.Theme theme : themes) {
            float[] vector = embedder.embed(String.join(" ", theme.words()));
            int near = -1;
            for (int index = 0; index < kept.size() && near < 0; index++) {
                if (cosine(vector, vectors.get(index)) >= threshold) {
                    near = index;
                }
            }
            if (near < 0) {
                kept.add(theme);
                vectors.add(vector);
            } else {
                UnmetThemes.Theme into = kept.get(near);
                List<Long> ids = new ArrayList<>(into.requestIds());
                ids.addAll(theme.requestIds());
                kept.set(near, new UnmetThemes.Theme(into.key(), into.words(), ids));
            }
        }
        return kept;
    }

    static double cosine(float[] left, float[] right) {
        double dot = 0;
        double leftNorm = 0;
        double rightNorm = 0;
        for (int index = 0; index < left.length; index++) {
            dot += left[index] * right[index];
            leftNorm += left[index] * left[index];
            rightNorm += right[index] * right[index];
        }
        return leftNorm == 0 || rightNorm == 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
    }
}
