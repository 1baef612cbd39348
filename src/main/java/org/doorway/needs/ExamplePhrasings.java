package org.doorway.needs;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.DoorwayException;

/**
 * How staff actually put each need, fault and out-of-scope matter: the
 * labelled phrasings the classifier compares new messages with. Written for
 * Doorway, never taken from an evaluation set.
 */
public record ExamplePhrasings(Map<String, List<String>> byLabel) {

    public ExamplePhrasings {
        var copy = new LinkedHashMap<String, List<String>>();
        byLabel.forEach((label, texts) -> copy.put(label, List.copyOf(texts)));
        byLabel = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * These phrasings and {@code added} ones (admins' own, from messages Doorway did not understand), by
     * label; labels the vocabulary does not know (a need since removed) are left out.
     */
    public ExamplePhrasings plus(Map<String, List<String>> added, NeedVocabulary vocabulary) {
        var merged = new LinkedHashMap<String, List<String>>();
        byLabel.forEach((label, texts) -> merged.put(label, new java.util.ArrayList<>(texts)));
        added.forEach((label, texts) -> {
            if (vocabulary.contains(label)) {
                merged.computeIfAbsent(label, none -> new java.util.ArrayList<>()).addAll(texts);
            }
        });
        return new ExamplePhrasings(merged);
    }

    public static ExamplePhrasings bundled(NeedVocabulary vocabulary) {
        var raw = Resources.yaml("examples.yaml", new TypeReference<LinkedHashMap<String, List<String>>>() {});
        for (String label : raw.keySet()) {
            if (!vocabulary.contains(label) && !Labels.isOutcome(label)) {
                throw new DoorwayException("examples.yaml: unknown label '" + label
                        + "': use a need id from pedagogic-needs.yaml, fault or out-of-scope");
            }
        }
        return new ExamplePhrasings(raw);
    }
}
