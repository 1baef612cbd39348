package org.doorway.intake;

import java.util.Optional;
import java.util.OptionalInt;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.TeachingMode;

/**
 * The optional one-click answers about the teaching, as option values:
 * cohort size band, mode, when it is needed, confidence with technology.
 * Null means not answered.
 */
public record TeachingAnswers(String size, String mode, String when, String confidence) {

    public static TeachingAnswers none() {
        return new TeachingAnswers(null, null, null, null);
    }

    public TeachingAnswers with(String question, String answer) {
        return switch (question) {
            case "size" -> new TeachingAnswers(answer, mode, when, confidence);
            case "mode" -> new TeachingAnswers(size, answer, when, confidence);
            case "when" -> new TeachingAnswers(size, mode, answer, confidence);
            case "confidence" -> new TeachingAnswers(size, mode, when, answer);
            default -> this;
        };
    }

    public boolean isEmpty() {
        return size == null && mode == null && when == null && confidence == null;
    }

    /** What the catalogue's ranking understands: a representative size and the mode. */
    public TeachingContext context() {
        OptionalInt cohort = switch (size == null ? "" : size) {
            case "small" -> OptionalInt.of(20);
            case "medium" -> OptionalInt.of(60);
            case "large" -> OptionalInt.of(200);
            case "huge" -> OptionalInt.of(400);
            default -> OptionalInt.empty();
        };
        Optional<TeachingMode> teachingMode = switch (mode == null ? "" : mode) {
            case "in-person" -> Optional.of(TeachingMode.IN_PERSON);
            case "online" -> Optional.of(TeachingMode.ONLINE);
            case "hybrid" -> Optional.of(TeachingMode.HYBRID);
            default -> Optional.empty();
        };
        Optional<TeachingContext.Confidence> techConfidence = switch (confidence == null ? "" : confidence) {
            case "new" -> Optional.of(TeachingContext.Confidence.LOW);
            case "some" -> Optional.of(TeachingContext.Confidence.MEDIUM);
            case "confident" -> Optional.of(TeachingContext.Confidence.HIGH);
            default -> Optional.empty();
        };
        return new TeachingContext(cohort, teachingMode, Optional.ofNullable(when), techConfidence);
    }
}
