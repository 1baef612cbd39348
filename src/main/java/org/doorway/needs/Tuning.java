package org.doorway.needs;

/**
 * The knobs of {@link LuceneNeedClassifier}, in one place so that tuning is
 * visible and a test can try alternatives.
 *
 * @param neighbours      how many nearest phrasings to look at
 * @param perLabel        how many of a label's phrasings count towards its score
 * @param decay           weight of each further phrasing of the same label
 * @param temperature     softmax temperature on scores relative to the best one
 * @param faultCueWeight  how far a full-strength fault cue lifts the fault score (relative to the best)
 * @param outOfScopeCueWeight the same for out-of-scope cues
 * @param faultWithoutCue scale on the fault score when the message carries no clear fault cue
 * @param outOfScopeWithoutCue the same for out-of-scope: everyday words ("next year", "my hours") must not
 *                        make a teaching question look like an HR or estates one
 * @param profileWeight   weight of the label-profile view against the nearest-phrasings view
 * @param matchThreshold  probability of the top need at or above which the answer is Matched
 * @param k1              BM25 term-frequency saturation
 * @param b               BM25 length normalisation
 */
public record Tuning(int neighbours, int perLabel, double decay, double temperature,
                     double faultCueWeight, double outOfScopeCueWeight, double faultWithoutCue, double outOfScopeWithoutCue,
                     double profileWeight, double matchThreshold,
                     float k1, float b) {

    public static Tuning defaults() {
        return new Tuning(60, 5, 0.6, 0.12, 0.9, 0.9, 0.6, 0.8, 0.5, 0.5, 1.2f, 0.75f);
    }
}
