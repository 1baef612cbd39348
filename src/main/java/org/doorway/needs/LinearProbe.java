package org.doorway.needs;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A linear read-out of the sentence embedding: per label, a ridge regression
 * of "is this phrasing of that label" on the 384 numbers of its vector, fitted
 * in closed form on the example phrasings. Nearest phrasings ask "which
 * phrasings is this like?"; the probe asks "which directions of meaning mark
 * this label?", and so places a symptom it has never seen ("the webcam shows a
 * grey picture") among faults when its words resemble no fault phrasing. The
 * penalty is chosen by {@code TrainFusion}'s cross-validation. Immutable.
 */
final class LinearProbe {

    private final List<String> labels;
    /** Per label: one weight per dimension, then the bias. */
    private final double[][] weights;

    private LinearProbe(List<String> labels, double[][] weights) {
        this.labels = labels;
        this.weights = weights;
    }

    /** Fitted on the rows of {@code vectors} that {@code use} lets in. Costs ~n·d² (a fraction of a second). */
    static LinearProbe fit(PhrasingVectors vectors, List<String> labels, double penalty, IntPredicate use) {
        int dimension = vectors.vector(0).length + 1;
        double[][] gram = new double[dimension][dimension];
        double[][] targets = new double[dimension][labels.size()];
        double[] x = new double[dimension];
        for (int row = 0; row < vectors.size(); row++) {
            int label = labels.indexOf(vectors.label(row));
            if (!use.test(row) || label < 0) {
                continue;
            }
            float[] vector = vectors.vector(row);
            for (int d = 0; d < vector.length; d++) {
                x[d] = vector[d];
            }
            x[dimension - 1] = 1;
            for (int i = 0; i < dimension; i++) {
                double xi = x[i];
                if (xi == 0) {
                    continue;
                }
                double[] gramRow = gram[i];
                for (int j = i; j < dimension; j++) {
                    gramRow[j] += xi * x[j];
                }
                targets[i][label] += xi;
            }
        }
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < i; j++) {
                gram[i][j] = gram[j][i];
            }
            gram[i][i] += penalty;
        }
        double[][] solved = Cholesky.solve(gram, targets);
        double[][] weights = new double[labels.size()][dimension];
        for (int l = 0; l < labels.size(); l++) {
            for (int d = 0; d < dimension; d++) {
                weights[l][d] = solved[d][l];
            }
        }
        return new LinearProbe(List.copyOf(labels), weights);
    }

    /** The probe's score of {@code label} for a unit vector: near 1 for its own phrasings, near 0 for others'. */
    double score(String label, float[] vector) {
        int l = labels.indexOf(label);
        if (l < 0) {
            return 0;
        }
        double[] w = weights[l];
        double sum = w[w.length - 1];
        for (int d = 0; d < vector.length; d++) {
            sum += w[d] * vector[d];
        }
        return sum;
    }
}
