package org.doorway.intake;

/**
 * What the conversation is waiting for and has in mind: the question now open
 * (so a typed reply can be read as its answer; null when none), the tool
 * being talked about (so "is it accessible?" knows what "it" is), and why a
 * fault cannot wait (null when it can).
 */
public record Focus(String question, String toolId, String urgency) {

    static final String CLOSEST = "closest";
    static final String FAULT = "fault";
    static final String OFFER_PERSON = "person?";
    static final String SCOPE = "scope";

    public static Focus none() {
        return new Focus(null, null, null);
    }

    Focus asking(String next) {
        return new Focus(next, toolId, urgency);
    }

    Focus about(String tool) {
        return new Focus(question, tool, urgency);
    }

    Focus urgent(String why) {
        return new Focus(question, toolId, why);
    }

    /** The refinement question open ("size", "mode" …), or null. */
    String refinement() {
        return question != null && question.startsWith(OptionIds.REFINE) ? question.substring(OptionIds.REFINE.length())
                : null;
    }
}
