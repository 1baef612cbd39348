package org.doorway.intake;

import java.util.Optional;
import java.util.OptionalInt;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.TeachingMode;

/**
 * What we know about the teaching, from one-click answers or from the
 * person's own words: cohort size band, mode, when it is needed, confidence
 * with technology, and the exact number of students when they said one.
 * Null means not known; {@link #NOT_GIVEN} means not known and not to be asked.
 */
public record TeachingAnswers(String size, String mode, String when, String confidence, Integer students) {
    /** The value of a question the person passed over by answering another: not known, and not asked again. */
    public static final String NOT_GIVEN = "-";

    public TeachingAnswers(String size, String mode, String when, String confidence) {
        this(size, mode, when, confidence, null);
    }

    public static TeachingAnswers none() {
        return new TeachingAnswers(null, null, null, null, null);
    }

    public TeachingAnswers with(String question, String answer) {
        return switch (question) {
            case "size" -> new TeachingAnswers(answer, mode, when, confidence, null);
            case "mode" -> new TeachingAnswers(size, answer, when, confidence, students);
            case "when" -> new TeachingAnswers(size, mode, answer, confidence, students);
            case "confidence" -> new TeachingAnswers(size, mode, when, answer, students);
            default -> this;
        };
    }

    /** The exact number of students, with its band. */
    public TeachingAnswers withStudents(int count) {
        return new TeachingAnswers(CohortSize.band(count), mode, when, confidence, count);
    }

    /** The value of one question's answer ("size", "mode", "when", "confidence"), null when unknown. */
    String answer(String question) {
        return switch (question) {
            case "size" -> size;
            case "mode" -> mode;
            case "when" -> when;
            default -> confidence;
        };
    }

    public boolean isEmpty() {
        return size == null && mode == null && when == null && confidence == null;
    }

    /** What the catalogue's ranking understands: the size (exact, else the band's middle) and the mode. */
    public TeachingContext context() {
        OptionalInt cohort = students != null ? OptionalInt.of(students) : switch (size == null ? "" : size) {
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
