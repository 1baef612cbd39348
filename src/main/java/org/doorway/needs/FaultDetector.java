package org.doorway.needs;

/**
 * Is something broken? The fused probability of the fault label (the
 * embedding view, which places "the screen goes black after ten minutes" among
 * the fault phrasings whatever tool it names, with Lucene and the fault cues)
 * against a threshold chosen by {@code TrainFusion} on out-of-fold answers:
 * the best recall at a precision of at least 95%. Faults are commoner in staff
 * messages than among the example phrasings, so the threshold sits below
 * "fault is the likeliest label". Immutable.
 */
record FaultDetector(double threshold) {

    boolean isFault(double faultProbability) {
        return faultProbability >= threshold;
    }
}
