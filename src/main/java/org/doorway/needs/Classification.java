package org.doorway.needs;

import java.util.List;

/**
 * What the classifier made of a staff member's words. Every outcome carries
 * the ranked needs (at least three where the vocabulary has them) and a
 * confidence in [0, 1] for the outcome itself.
 */
public sealed interface Classification {

    double confidence();

    List<ScoredNeed> needs();

    /** The wire name used by {@code classify --jsonl}: need, fault or out-of-scope. */
    String outcome();

    /** A teaching need, confident enough to answer straight away. */
    record Matched(List<ScoredNeed> needs, double confidence) implements Classification {
        public Matched {
            needs = List.copyOf(needs);
        }

        public ScoredNeed top() {
            return needs.get(0);
        }

        @Override
        public String outcome() {
            return "need";
        }
    }

    /** Probably a teaching need, but not sure which: ask which is closest. */
    record Unsure(List<ScoredNeed> needs, double confidence) implements Classification {
        public Unsure {
            needs = List.copyOf(needs);
        }

        @Override
        public String outcome() {
            return "need";
        }
    }

    /** Something is broken: route as a technical defect, no tool suggestions. */
    record Fault(List<ScoredNeed> needs, double confidence) implements Classification {
        public Fault {
            needs = List.copyOf(needs);
        }

        @Override
        public String outcome() {
            return "fault";
        }
    }

    /** Not a teaching-technology matter. */
    record OutOfScope(List<ScoredNeed> needs, double confidence) implements Classification {
        public OutOfScope {
            needs = List.copyOf(needs);
        }

        @Override
        public String outcome() {
            return "out-of-scope";
        }
    }
}
