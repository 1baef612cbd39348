package org.doorway.intake;

import org.doorway.conversation.Inbound;


/** The ids of the options the dialogue offers; they come back in {@link Inbound.Action}. */
final class OptionIds {
    static final String PERSON = "person";
    static final String LOOKS_RIGHT = "right";
    static final String MORE = "more";
    static final String RESTART = "restart";
    static final String HELP = "help";
    static final String RESUME = "resume";
    static final String NEED = "need:";
    static final String REFINE = "refine:";
    static final String REFINE_SKIP = "refine:skip";
    static final String FAULT_ANSWER = "fault:a:";
    static final String FAULT_SKIP = "fault:skip";
    static final String FAULT_NOW = "fault:now";
    /** "Something's broken", chosen at "which is closest?": the problem is a fault after all. */
    static final String BROKEN = "fault:broken";
    static final String ABOUT_TEACHING = "scope:teaching";
    /** "More about X": the details of one tool; followed by its id. */
    static final String DETAILS = "about:";
    static final String GUIDES = "guides";

    private OptionIds() {}
}
