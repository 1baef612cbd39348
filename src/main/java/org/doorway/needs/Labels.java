package org.doorway.needs;

/**
 * The two labels that are outcomes rather than needs, spelled as in
 * {@code pedagogic-needs.yaml} and in the evaluation files.
 */
public final class Labels {
    public static final String FAULT = "fault";
    public static final String OUT_OF_SCOPE = "out-of-scope";
    /** Not a label the classifier learns, but an outcome the evaluation files may expect. */
    public static final String NOT_ENGLISH = "not-english";

    private Labels() {}

    public static boolean isOutcome(String label) {
        return FAULT.equals(label) || OUT_OF_SCOPE.equals(label);
    }
}
