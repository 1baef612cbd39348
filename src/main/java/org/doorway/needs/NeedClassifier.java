package org.doorway.needs;

/** Maps a staff member's free text to a {@link Classification}. Thread-safe. */
@FunctionalInterface
public interface NeedClassifier {
    Classification classify(String text);
}
