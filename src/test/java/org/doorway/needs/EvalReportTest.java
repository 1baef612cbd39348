package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's arithmetic, with a fake classifier whose answers are fixed. */
class EvalReportTest {

    private static final List<ScoredNeed> QUIZ_FIRST = List.of(
            new ScoredNeed("formative-quiz", 0.6), new ScoredNeed("live-engagement", 0.3),
            new ScoredNeed("peer-assessment", 0.1));

    private final NeedClassifier fake = text -> switch (text) {
        case "broken" -> new Classification.Fault(QUIZ_FIRST, 0.9);
        case "payslip" -> new Classification.OutOfScope(QUIZ_FIRST, 0.9);
        default -> new Classification.Matched(QUIZ_FIRST, 0.8);
    };

    @Test
    void run_countsTopOneHitAtThreeFaultsAndConfusions() throws Exception {
        var cases = EvalCases.read(new StringReader("""
                {"id":"1","text":"quiz","expect":["formative-quiz"],"also":[]}
                {"id":"2","text":"poll","expect":["live-engagement"]}
                {"id":"3","text":"rubric","expect":["feedback-at-scale"],"also":["peer-assessment"]}
                {"id":"4","text":"broken","expect":["fault"]}
                {"id":"5","text":"broken","expect":["group-work"]}
                {"id":"6","text":"quiz","expect":["fault"]}
                {"id":"7","text":"payslip","expect":["out-of-scope"]}
                """), "inline");

        var report = Evaluation.run(fake, cases);

        assertThat(report.top1()).isEqualTo(3 / 7.0);
        assertThat(report.hitAt3()).isEqualTo(5 / 7.0);
        assertThat(report.faultPrecision()).isEqualTo(0.5);
        assertThat(report.faultRecall()).isEqualTo(0.5);
        assertThat(report.outOfScopeRecall()).isEqualTo(1.0);
        assertThat(report.confusions()).isEqualTo(Map.of(
                "live-engagement → formative-quiz", 1, "feedback-at-scale → formative-quiz", 1,
                "group-work → fault", 1, "fault → formative-quiz", 1));
        assertThat(report.format()).contains("top-1 accuracy", "hit@3", "fault precision", "group-work → fault");
    }

    @Test
    void read_badLine_namesTheLine() {
        var bad = new StringReader("{\"id\":\"1\",\"text\":\"x\",\"expect\":[\"fault\"]}\nnot json\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EvalCases.read(bad, "cases.jsonl"))
                .hasMessageContaining("cases.jsonl:2");
    }
}
