package org.doorway.needs;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures of one evaluation run. Top-1 counts when the first label is
 * expected; hit@3 when any expected or acceptable label is among the first
 * three (see {@link Evaluation#labels}).
 */
public record EvalReport(List<Outcome> outcomes) {

    public EvalReport {
        outcomes = List.copyOf(outcomes);
    }

    /** One case with the classifier's answer. */
    public record Outcome(EvalCase evalCase, Classification answer) {
        public List<String> labels() {
            return Evaluation.labels(answer);
        }

        public String top() {
            return labels().get(0);
        }

        public boolean top1() {
            return evalCase.expects(top());
        }

        public boolean hit3() {
            return labels().stream().limit(3).anyMatch(evalCase.accepted()::contains);
        }
    }

    public int size() {
        return outcomes.size();
    }

    public double top1() {
        return share(outcomes, Outcome::top1);
    }

    public double hitAt3() {
        return share(outcomes, Outcome::hit3);
    }

    /** Of the answers that said fault, how many were faults; 1.0 when none said so. */
    public double faultPrecision() {
        var said = outcomes.stream().filter(o -> o.top().equals(Labels.FAULT)).toList();
        return said.isEmpty() ? 1.0 : share(said, o -> o.evalCase().expects(Labels.FAULT));
    }

    /** Of the faults, how many were called faults; 1.0 when the cases hold none. */
    public double faultRecall() {
        return recall(Labels.FAULT);
    }

    public double outOfScopeRecall() {
        return recall(Labels.OUT_OF_SCOPE);
    }

    /** Share of answers confident enough to skip "which is closest?", and their top-1 accuracy. */
    public double matchedShare() {
        return share(outcomes, o -> o.answer() instanceof Classification.Matched);
    }

    public double matchedTop1() {
        var matched = outcomes.stream().filter(o -> o.answer() instanceof Classification.Matched).toList();
        return matched.isEmpty() ? 0.0 : share(matched, Outcome::top1);
    }

    /** Of the faults told only by their symptoms ({@code "kind":"symptom"}), how many were called faults. */
    public double symptomFaultRecall() {
        var cases = outcomes.stream().filter(o -> "symptom".equals(o.evalCase().kind())).toList();
        return cases.isEmpty() ? 1.0 : share(cases, o -> o.top().equals(Labels.FAULT));
    }

    public double notEnglishRecall() {
        return recall(Labels.NOT_ENGLISH);
    }

    /** Of the messages with a need and a fault, how many got the need first and the fault flagged too. */
    public double bothRecall() {
        var cases = outcomes.stream().filter(o -> o.evalCase().alsoFault()).toList();
        return cases.isEmpty() ? 1.0 : share(cases, o -> o.top1() && o.answer().alsoFault());
    }

    /** Of the answers that flagged a fault besides a need, how many were right to. */
    public double alsoFaultPrecision() {
        var flagged = outcomes.stream().filter(o -> o.answer().alsoFault()).toList();
        return flagged.isEmpty() ? 1.0 : share(flagged, o -> o.evalCase().alsoFault());
    }

    public long cases(java.util.function.Predicate<EvalCase> which) {
        return outcomes.stream().map(Outcome::evalCase).filter(which).count();
    }

    /** Misses at top-1 as "expected → got", with counts. */
    public Map<String, Integer> confusions() {
        var counts = new TreeMap<String, Integer>();
        outcomes.stream().filter(o -> !o.top1())
                .forEach(o -> counts.merge(o.evalCase().expect().get(0) + " → " + o.top(), 1, Integer::sum));
        return counts;
    }

    public String format() {
        return EvalReportFormat.format(this);
    }

    private double recall(String label) {
        var cases = outcomes.stream().filter(o -> o.evalCase().expects(label)).toList();
        return cases.isEmpty() ? 1.0 : share(cases, o -> o.top().equals(label));
    }

    private static double share(List<Outcome> of, Predicate<Outcome> test) {
        return of.isEmpty() ? 0.0 : (double) of.stream().filter(test).count() / of.size();
    }

    static Comparator<Map.Entry<String, Integer>> byCountThenName() {
        return Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }
}
