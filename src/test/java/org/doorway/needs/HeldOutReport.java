package org.doorway.needs;

/** Prints the fused classifier's figures on the held-out, own and shared sets (a developer's tool). */
public final class HeldOutReport {
    public static void main(String[] args) throws Exception {
        var classifier = ClassifierFixture.fused();
        System.out.println("== held-out set\n" + Evaluation.run(classifier, ClassifierFixture.heldOutSet()).format());
        System.out.println("== own set\n" + Evaluation.run(classifier, ClassifierFixture.ownEvalSet()).format());
        System.out.println("== symptom set\n" + Evaluation.run(classifier, ClassifierFixture.symptomSet()).format());
        var dev = ClassifierFixture.devSet();
        if (dev.isPresent()) {
            System.out.println("== shared dev set\n" + Evaluation.run(classifier, dev.get()).format());
        }
    }
}
