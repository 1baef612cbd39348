package org.doorway.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Folds for {@link TrainFusion} that keep similar phrasings together. Phrasings were written in batches
 * around one theme, and many are near-paraphrases of another; folds that split such a pair let each
 * half "recognise" the other, so out-of-fold answers look surer than answers to a new message are, and a
 * confidence threshold chosen on them is too low. Here two phrasings share a group when they are in one
 * batch (the same run of {@link #BATCH} neighbours of one label in the data file), or when their vectors are
 * very alike ({@link #SAME}) wherever they are; whole groups are dealt to the folds, largest first, each to
 * the fold with the fewest phrasings so far.
 */
final class GroupedFolds {
    /** Cosine similarity from which two phrasings, anywhere in the data, are one group. */
    static final double SAME = 0.8;
    /** How many neighbouring phrasings of one label form a batch (written together, around one theme). */
    static final int BATCH = 8;

    private GroupedFolds() {}

    /** A fold per row of {@code vectors}, or -1 for rows that are not phrasings (the needs' descriptions). */
    static int[] assign(PhrasingVectors vectors, boolean[] isPhrasing, int folds) {
        int n = vectors.size();
        var parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int positionInLabel = 0;
        for (int i = 0; i < n; i++) {
            if (!isPhrasing[i]) {
                continue;
            }
            positionInLabel = i > 0 && isPhrasing[i - 1] && vectors.label(i - 1).equals(vectors.label(i))
                    ? positionInLabel + 1 : 0;
            if (positionInLabel % BATCH != 0) {
                parent[root(parent, i)] = root(parent, i - 1);
            }
            for (int j = i + 1; j < n; j++) {
                if (isPhrasing[j] && Vectors.dot(vectors.vector(i), vectors.vector(j)) >= SAME) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        var groups = new HashMap<Integer, List<Integer>>();
        for (int i = 0; i < n; i++) {
            if (isPhrasing[i]) {
                groups.computeIfAbsent(root(parent, i), none -> new ArrayList<>()).add(i);
            }
        }
        var ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                .thenComparingInt(group -> group.get(0)));
        var fold = new int[n];
        java.util.Arrays.fill(fold, -1);
        var sizes = new int[folds];
        for (var group : ordered) {
            int smallest = 0;
            for (int f = 1; f < folds; f++) {
                if (sizes[f] < sizes[smallest]) {
                    smallest = f;
                }
            }
            for (int row : group) {
                fold[row] = smallest;
            }
            sizes[smallest] += group.size();
        }
        System.out.printf(Locale.ROOT, "grouped folds: %d phrasings in %d groups (largest %d), fold sizes %s%n",
                groups.values().stream().mapToInt(List::size).sum(), groups.size(), ordered.get(0).size(),
                java.util.Arrays.toString(sizes));
        return fold;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
