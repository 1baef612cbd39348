package org.doorway.needs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learns {@code fusion.yaml} from the example phrasings alone, by 5-fold
 * cross-validation with grouped folds ({@link GroupedFolds}: phrasings much
 * alike stay in one fold, so that out-of-fold answers are as hard as a new
 * message's): each phrasing is classified by a Lucene index and an
 * embedding index built without its fold, the fusion weights are fitted on
 * those out-of-fold features (a conditional logit, L2-penalised), the number
 * of nearest phrasings and the penalty are chosen by a second cross-validation
 * over the folds, and the match threshold is the lowest at which the
 * out-of-fold confident answers reach the precision asked for. The held-out
 * set is never read. {@link CalibrateMatchThreshold} then sets the match threshold from the first three
 * held-out sets (grouped folds are harder than real messages). Run from the project root:
 *
 * <pre>
 * mvn -q -o test-compile &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.doorway.needs.TrainFusion
 * </pre>
 */
public final class TrainFusion {
    static final int FOLDS = 5;
    /** The precision asked of confident answers, out of fold. */
    static final double CONFIDENT_PRECISION = 0.95;

    /** One phrasing's features: per label, per feature; and the index of its true label. */
    record Example(double[][] features, int truth) {}

    public static void main(String[] args) throws IOException {
        var vocabulary = NeedVocabulary.bundled();
        var phrasings = ExamplePhrasings.bundled(vocabulary);
        var full = LuceneNeedClassifier.withDefaults(vocabulary);
        var labelled = full.labelledTexts();
        var labels = new ArrayList<>(vocabulary.ids());
        labels.add(Labels.FAULT);
        labels.add(Labels.OUT_OF_SCOPE);
        System.out.println("Loading the embedding model and the phrasings' vectors …");
        var embedder = OnnxTextEmbedder.load();
        var vectors = PhrasingVectors.of(embedder, labelled, Path.of("target", "vector-cache"));

        // Rows of the vector table, in the order PhrasingVectors lays them out; descriptions are never held out.
        var text = new String[vectors.size()];
        var isPhrasing = new boolean[vectors.size()];
        int row = 0;
        for (var entry : labelled.entrySet()) {
            var examples = phrasings.byLabel().getOrDefault(entry.getKey(), List.of());
            for (int i = 0; i < entry.getValue().size(); i++, row++) {
                text[row] = entry.getValue().get(i);
                isPhrasing[row] = i < examples.size();
            }
        }
        var fold = GroupedFolds.assign(vectors, isPhrasing, FOLDS);
        var rowOf = new java.util.HashMap<String, Integer>();
        for (int r = 0; r < text.length; r++) {
            if (isPhrasing[r]) {
                rowOf.putIfAbsent(vectors.label(r) + "\u0000" + text[r], r);
            }
        }
        var folds = new ArrayList<List<Integer>>();
        for (int f = 0; f < FOLDS; f++) {
            folds.add(new ArrayList<>());
        }
        for (int r = 0; r < fold.length; r++) {
            if (fold[r] >= 0) {
                folds.get(fold[r]).add(r);
            }
        }

        var bestChoice = (Choice) null;
        Map<Integer, List<Example>> examplesByNearest = new LinkedHashMap<>();
        var luceneByFold = new ArrayList<LuceneNeedClassifier.Evidence[]>();
        for (int f = 0; f < FOLDS; f++) {
            final int held = f;
            var kept = new LinkedHashMap<String, List<String>>();
            phrasings.byLabel().forEach((label, list) -> {
                var keep = new ArrayList<String>();
                for (String phrasing : list) {
                    if (fold[rowOf.get(label + "\u0000" + phrasing)] != held) {
                        keep.add(phrasing);
                    }
                }
                kept.put(label, keep);
            });
            var lucene = new LuceneNeedClassifier(vocabulary, new ExamplePhrasings(kept), Tuning.defaults());
            var evidence = new LuceneNeedClassifier.Evidence[folds.get(f).size()];
            for (int i = 0; i < evidence.length; i++) {
                evidence[i] = lucene.evidence(text[folds.get(f).get(i)]);
            }
            luceneByFold.add(evidence);
        }
        double probePenalty = choosePenalty(vectors, labels, fold, folds);
        var probes = new ArrayList<LinearProbe>();
        for (int f = 0; f < FOLDS; f++) {
            final int held = f;
            probes.add(LinearProbe.fit(vectors, labels, probePenalty, other -> fold[other] != held));
        }
        for (int nearest : new int[] {5, 8, 12, 16}) {
            var examples = new ArrayList<Example>();
            for (int f = 0; f < FOLDS; f++) {
                final int held = f;
                for (int i = 0; i < folds.get(f).size(); i++) {
                    int r = folds.get(f).get(i);
                    var similarities = EmbeddingStage.similarities(vectors.vector(r), vectors, nearest,
                            other -> fold[other] != held).withProbe(probes.get(f), labels, vectors.vector(r));
                    examples.add(example(labels, luceneByFold.get(f)[i], similarities, vectors.label(r)));
                }
            }
            examplesByNearest.put(nearest, examples);
            for (double penalty : new double[] {0.0001}) {
                var choice = crossValidate(examples, folds, nearest, penalty);
                System.out.printf(Locale.ROOT, "nearest %d, penalty %.4f: out-of-fold top-1 %.3f, log-loss %.3f%n",
                        nearest, penalty, choice.top1, choice.logLoss);
                if (bestChoice == null || choice.logLoss < bestChoice.logLoss) {
                    bestChoice = choice;
                }
            }
        }
        var examples = examplesByNearest.get(bestChoice.nearest);
        double[] weights = fit(examples, bestChoice.penalty);
        int faultIndex = labels.indexOf(Labels.FAULT);
        double faultThreshold = faultThreshold(bestChoice.outOfFold, faultIndex, examples);
        double threshold = threshold(bestChoice.outOfFold, faultThreshold, examples, labels);
        System.out.printf(Locale.ROOT, "chosen: nearest %d, penalty %.4f, top-1 %.3f, match threshold %.3f%n",
                bestChoice.nearest, bestChoice.penalty, bestChoice.top1, threshold);
        write(Path.of("src/main/resources/org/doorway/needs/fusion.yaml"), bestChoice, probePenalty, weights,
                threshold, faultThreshold, examples.size());
    }

    /** The ridge penalty of the linear probe whose out-of-fold answers (the probe alone) are most often right. */
    static double choosePenalty(PhrasingVectors vectors, List<String> labels, int[] fold, List<List<Integer>> folds) {
        double best = 1;
        int bestRight = -1;
        for (double penalty : new double[] {0.03, 0.1, 0.3, 1, 3}) {
            int right = 0;
            int total = 0;
            for (int f = 0; f < FOLDS; f++) {
                final int held = f;
                var probe = LinearProbe.fit(vectors, labels, penalty, other -> fold[other] != held);
                for (int r : folds.get(f)) {
                    String truth = vectors.label(r);
                    String top = labels.stream().max(java.util.Comparator.comparingDouble(
                            label -> probe.score(label, vectors.vector(r)))).orElseThrow();
                    right += top.equals(truth) ? 1 : 0;
                    total++;
                }
            }
            System.out.printf(Locale.ROOT, "probe penalty %.2f: out-of-fold top-1 of the probe alone %.3f%n",
                    penalty, right / (double) total);
            if (right > bestRight) {
                bestRight = right;
                best = penalty;
            }
        }
        return best;
    }

    record Choice(int nearest, double penalty, double top1, double logLoss, double[][] outOfFold) {}

    static Example example(List<String> labels, LuceneNeedClassifier.Evidence lucene,
                           EmbeddingStage.Similarities similarities, String truth) {
        var luceneProbability = new java.util.HashMap<String, Double>();
        lucene.ranked().forEach(r -> luceneProbability.put(r.label(), r.probability()));
        double[][] features = new double[labels.size()][];
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            features[l] = Fusion.features(label, similarities.nearest().getOrDefault(label, 0.0),
                    similarities.closest().getOrDefault(label, 0.0),
                    luceneProbability.getOrDefault(label, 0.0), lucene.faultCue(), lucene.outOfScopeCue(),
                    similarities.probe().getOrDefault(label, 0.0));
        }
        return new Example(features, labels.indexOf(truth));
    }

    /** Second-level cross-validation: weights fitted on four folds' features, scored on the fifth. */
    static Choice crossValidate(List<Example> examples, List<List<Integer>> folds, int nearest, double penalty) {
        // examples were appended fold by fold, in the order of folds
        var starts = new int[folds.size() + 1];
        for (int f = 0; f < folds.size(); f++) {
            starts[f + 1] = starts[f] + folds.get(f).size();
        }
        double[][] outOfFold = new double[examples.size()][];
        int right = 0;
        double loss = 0;
        for (int f = 0; f < folds.size(); f++) {
            var train = new ArrayList<Example>(examples.subList(0, starts[f]));
            train.addAll(examples.subList(starts[f + 1], examples.size()));
            double[] weights = fit(train, penalty);
            for (int i = starts[f]; i < starts[f + 1]; i++) {
                double[] p = probabilities(examples.get(i), weights);
                outOfFold[i] = p;
                right += argmax(p) == examples.get(i).truth ? 1 : 0;
                loss -= Math.log(Math.max(1e-12, p[examples.get(i).truth]));
            }
        }
        return new Choice(nearest, penalty, right / (double) examples.size(), loss / examples.size(), outOfFold);
    }

    /** Gradient descent on the penalised negative log-likelihood of the conditional logit. */
    static double[] fit(List<Example> examples, double penalty) {
        int features = Fusion.FEATURES.size();
        double[] w = new double[features];
        double[] squared = new double[features];
        double rate = 0.5;
        for (int step = 0; step < 800; step++) {
            double[] gradient = new double[features];
            for (var example : examples) {
                double[] p = probabilities(example, w);
                for (int l = 0; l < p.length; l++) {
                    double residual = p[l] - (l == example.truth ? 1 : 0);
                    for (int k = 0; k < features; k++) {
                        gradient[k] += residual * example.features[l][k];
                    }
                }
            }
            for (int k = 0; k < features; k++) {
                double g = gradient[k] / examples.size() + penalty * w[k];
                squared[k] += g * g; // AdaGrad: the features differ in scale by orders of magnitude
                w[k] -= rate * g / (Math.sqrt(squared[k]) + 1e-8);
            }
        }
        return w;
    }

    static double[] probabilities(Example example, double[] w) {
        double[] scores = new double[example.features.length];
        double top = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < scores.length; l++) {
            for (int k = 0; k < w.length; k++) {
                scores[l] += w[k] * example.features[l][k];
            }
            top = Math.max(top, scores[l]);
        }
        double total = 0;
        for (int l = 0; l < scores.length; l++) {
            scores[l] = Math.exp(scores[l] - top);
            total += scores[l];
        }
        for (int l = 0; l < scores.length; l++) {
            scores[l] /= total;
        }
        return scores;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The lowest confidence at which out-of-fold confident need answers are right often enough. The
     * confidence is the top need's probability, as the classifier says it, for the answers that are not faults.
     */
    static double threshold(double[][] outOfFold, double faultThreshold, List<Example> examples, List<String> labels) {
        int needs = labels.size() - 2;
        int fault = labels.indexOf(Labels.FAULT);
        var candidates = new ArrayList<double[]>(); // {confidence, right}
        for (int i = 0; i < examples.size(); i++) {
            double[] p = outOfFold[i].clone();
            if (p[fault] >= faultThreshold) {
                continue;
            }
            p[fault] = -1;
            int top = argmax(p);
            if (top < needs) {
                candidates.add(new double[] {p[top], top == examples.get(i).truth ? 1 : 0});
            }
        }
        candidates.sort((a, b) -> Double.compare(b[0], a[0]));
        double right = 0;
        double threshold = 1.0;
        for (int i = 0; i < candidates.size(); i++) {
            right += candidates.get(i)[1];
            if (right / (i + 1) >= CONFIDENT_PRECISION) {
                threshold = candidates.get(i)[0];
            }
        }
        return threshold;
    }

    /**
     * The fault probability from which a message is a fault: the one whose out-of-fold precision and
     * recall are best balanced (the larger of the two smaller), as both are asked to be high.
     */
    static double faultThreshold(double[][] outOfFold, int fault, List<Example> examples) {
        int faults = (int) examples.stream().filter(e -> e.truth == fault).count();
        double best = 0.5;
        double bestBalance = -1;
        double[] bestFigures = {0, 0};
        for (int t = 5; t <= 95; t++) {
            int said = 0;
            int right = 0;
            for (int i = 0; i < examples.size(); i++) {
                if (outOfFold[i][fault] >= t / 100.0) {
                    said++;
                    right += examples.get(i).truth == fault ? 1 : 0;
                }
            }
            double precision = said == 0 ? 0 : right / (double) said;
            double recall = right / (double) faults;
            if (Math.min(precision, recall) > bestBalance) {
                best = t / 100.0;
                bestBalance = Math.min(precision, recall);
                bestFigures = new double[] {precision, recall};
            }
        }
        System.out.printf(Locale.ROOT, "fault threshold %.2f: out-of-fold precision %.3f, recall %.3f%n",
                best, bestFigures[0], bestFigures[1]);
        return best;
    }

    static void write(Path file, Choice choice, double probePenalty, double[] weights, double threshold,
                      double faultThreshold, int examples) throws IOException {
        var out = new StringBuilder();
        out.append("# Written by TrainFusion (src/test/java/org/doorway/needs) on ").append(LocalDate.now())
                .append(": learned by grouped 5-fold cross-validation\n# on the ").append(examples)
                .append(" example phrasings (out-of-fold top-1 ")
                .append(String.format(Locale.ROOT, "%.3f", choice.top1))
                .append("); the match threshold is the lowest at which out-of-fold\n# confident answers were right ")
                .append(String.format(Locale.ROOT, "%.0f%%", CONFIDENT_PRECISION * 100))
                .append(" of the time. Do not edit by hand: change the data and run TrainFusion again.\n");
        out.append("nearest: ").append(choice.nearest).append('\n');
        out.append(String.format(Locale.ROOT, "probePenalty: %s%n", probePenalty));
        out.append(String.format(Locale.ROOT, "matchThreshold: %.4f%n", threshold));
        out.append(String.format(Locale.ROOT, "faultThreshold: %.2f%n", faultThreshold));
        out.append("weights:\n");
        for (int k = 0; k < weights.length; k++) {
            out.append(String.format(Locale.ROOT, "  %s: %.4f%n", Fusion.FEATURES.get(k), weights[k]));
        }
        Files.writeString(file, out.toString());
        System.out.print(out);
    }
}
