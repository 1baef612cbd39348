package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doorway.needs.Classification;
import org.doorway.needs.NeedClassifier;

/**
 * A message that reports something broken and also asks for a teaching
 * idea ("Panopto didn't record Tuesday's lecture. Also, any ideas for getting
 * them to do the reading?"). Splits it into sentences and joined clauses and
 * classifies each: one part a fault and another a confident need makes it
 * mixed. This is the dialogue's seam for the classifier's own "fault as well
 * as a need" signal: when {@code Classification} carries one, read it here
 * instead of splitting. Thread-safe.
 */
final class MixedProblem {
    /** The fault's words and the need's words, each as said. */
    record Parts(String fault, String need, Classification.Matched needClassification) {}

    private static final Pattern SPLIT = Pattern.compile("(?<=[.!?])\\s+|\\s*;\\s*|\\s*\\n+\\s*"
            + "|,?\\s+(?=(?:and )?also\\b)|,?\\s+(?=(?:and )?(?:separately|on another note|another thing|"
            + "while i'm here|oh and|plus)\\b)|,?\\s+but (?=(?:i'd also|i also|separately|can you also|"
            + "any ideas|i'm also|i want|i'd like))");
    private static final int MIN_PART_WORDS = 4;

    private final NeedClassifier classifier;

    MixedProblem(NeedClassifier classifier) {
        this.classifier = classifier;
    }

    Optional<Parts> split(String text) {
        String[] pieces = SPLIT.split(text.strip());
        if (pieces.length < 2) {
            return Optional.empty();
        }
        List<String> faults = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        Classification.Matched need = null;
        for (String piece : pieces) {
            String part = piece.replaceFirst("(?i)^(and )?(also|separately|plus|oh and|another thing|on another "
                    + "note|while i'm here)[,:]?\\s*", "").strip();
            if (part.split("\\s+").length < MIN_PART_WORDS) {
                continue;
            }
            Classification classification = classifier.classify(part);
            if (classification instanceof Classification.Fault) {
                faults.add(part);
            } else if (classification instanceof Classification.Matched matched) {
                needs.add(part);
                need = need == null ? matched : need;
            }
        }
        if (faults.isEmpty() || needs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(String.join(" ", faults), String.join(" ", needs), need));
    }
}
