package org.doorway.needs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One labelled message, shaped like a line of {@code dev-set.jsonl}:
 * {@code expect} holds the right labels (a need id, {@code fault} or
 * {@code out-of-scope}); {@code also} holds labels that are acceptable too.
 */
public record EvalCase(String id, String text, List<String> expect, List<String> also) {

    public EvalCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        also = also == null ? List.of() : List.copyOf(also);
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
