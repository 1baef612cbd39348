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

    /** The wire name used by {@code classify --jsonl}: need, fault, out-of-scope or not-english. */
    String outcome();

    /**
     * True when a teaching need was found and, in the same message, something
     * broken too ("the quiz crashed, and anyway I want a better way to run
     * weekly quizzes"): the dialogue answers the need and offers to report the fault.
     */
    default boolean alsoFault() {
        return false;
    }

    /** A teaching need, confident enough to answer straight away. */
    record Matched(List<ScoredNeed> needs, double confidence, boolean alsoFault) implements Classification {
        public Matched {
            needs = List.copyOf(needs);
        }

        public Matched(List<ScoredNeed> needs, double confidence) {
            this(needs, confidence, false);
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
    record Unsure(List<ScoredNeed> needs, double confidence, boolean alsoFault) implements Classification {
        public Unsure {
            needs = List.copyOf(needs);
        }

        public Unsure(List<ScoredNeed> needs, double confidence) {
            this(needs, confidence, false);
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

    /**
     * Written in another language (Welsh, French, Spanish, German …): Doorway
     * understands English only for now, so it says so plainly and offers a person.
     * The needs are whatever the English classifier guessed, for the summary only.
     */
    record NotEnglish(List<ScoredNeed> needs, double confidence) implements Classification {
        public NotEnglish {
            needs = List.copyOf(needs);
        }

        @Override
        public String outcome() {
            return "not-english";
        }
    }
}
