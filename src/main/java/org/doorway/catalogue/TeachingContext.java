package org.doorway.catalogue;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the staff member told us about their teaching, all optional: cohort
 * size, mode, when it is needed and how confident they feel with technology.
 */
public record TeachingContext(OptionalInt cohortSize, Optional<TeachingMode> mode, Optional<String> when,
        Optional<Confidence> confidence) {

    public enum Confidence { LOW, MEDIUM, HIGH }

    public static TeachingContext unknown() {
        return new TeachingContext(OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
