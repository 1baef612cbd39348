package org.doorway.needs;

import java.util.ArrayList;
import java.util.List;

/** Runs a classifier over labelled cases and measures it; see {@link EvalReport}. */
public final class Evaluation {

    private Evaluation() {}

    public static EvalReport run(NeedClassifier classifier, List<EvalCase> cases) {
        var outcomes = new ArrayList<EvalReport.Outcome>(cases.size());
        for (EvalCase c : cases) {
            outcomes.add(new EvalReport.Outcome(c, classifier.classify(c.text())));
        }
        return new EvalReport(outcomes);
    }

    /**
     * The labels an answer puts forward, best first: the outcome alone for a
     * fault or out-of-scope answer, else the ranked need ids.
     */
    public static List<String> labels(Classification answer) {
        if (answer instanceof Classification.Fault || answer instanceof Classification.OutOfScope
                || answer instanceof Classification.NotEnglish) {
            return List.of(answer.outcome());
        }
        return answer.needs().stream().map(ScoredNeed::needId).toList();
    }
}
