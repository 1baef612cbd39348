package org.doorway.needs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One labelled message, shaped like a line of {@code dev-set.jsonl}:
 * {@code expect} holds the right labels (a need id, {@code fault} or
 * {@code out-of-scope}); {@code also} holds labels that are acceptable too.
 * Optional: {@code also_fault} marks a message that reports a fault besides
 * the need it expects, and {@code kind} says how a fault is told
 * ({@code symptom}: by what happens only).
 */
public record EvalCase(String id, String text, List<String> expect, List<String> also,
                       @JsonProperty("also_fault") boolean alsoFault, String kind) {

    public EvalCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        also = also == null ? List.of() : List.copyOf(also);
    }

    public EvalCase(String id, String text, List<String> expect, List<String> also) {
        this(id, text, expect, also, false, null);
    }

    /** Every label that counts as a hit within the first three. */
    public Set<String> accepted() {
        var all = new LinkedHashSet<>(expect);
        all.addAll(also);
        return all;
    }

    public boolean expects(String label) {
        return expect.contains(label);
    }
}
