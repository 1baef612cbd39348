package org.doorway.needs;

/**
 * Prints the classifier's figures on the four held-out sets, the own set and the shared dev set (a developer's tool);
 * with the argument {@code lucene}, those of the Lucene classifier alone (the fallback).
 */
public final class HeldOutReport {
    public static void main(String[] args) throws Exception {
        NeedClassifier classifier = args.length > 0 && args[0].equals("lucene")
                ? ClassifierFixture.CLASSIFIER : ClassifierFixture.fused();
        System.out.println("== held-out set\n" + Evaluation.run(classifier, ClassifierFixture.heldOutSet()).format());
        System.out.println("== second held-out set\n"
                + Evaluation.run(classifier, ClassifierFixture.secondHeldOutSet()).format());
        System.out.println("== third held-out set (frozen before tuning)\n"
                + Evaluation.run(classifier, ClassifierFixture.thirdHeldOutSet()).format());
        System.out.println("== fourth held-out set (frozen before tuning)\n"
                + Evaluation.run(classifier, ClassifierFixture.fourthHeldOutSet()).format());
        System.out.println("== own set\n" + Evaluation.run(classifier, ClassifierFixture.ownEvalSet()).format());
        var dev = ClassifierFixture.devSet();
        if (dev.isPresent()) {
            System.out.println("== shared dev set\n" + Evaluation.run(classifier, dev.get()).format());
        }
    }
}
