package org.doorway.needs;

/** Maps a staff member's free text to a {@link Classification}. Thread-safe. */
@FunctionalInterface
public interface NeedClassifier {
    Classification classify(String text);

    /** Builds what is slow to build the first time (an index), so that no unit of work waits for it. */
    default void prepare() {
        // nothing to build by default
    }
}
