package org.doorway.intake;

/** Where a conversation is. */
public enum Stage {
    /** Waiting for a teaching problem. */
    IDLE,
    /** Asked "which of these is closest?". */
    CLARIFYING,
    /** Showed suggestions; may be asking the optional refinement questions. */
    SUGGESTED,
    /** Collecting the facts a technologist needs about something broken. */
    FAULT_DETAILS,
    /** Asked for a person before describing anything: the next message is the problem. */
    AWAITING_PROBLEM_FOR_PERSON,
    /** A person has the request. */
    HANDED_OFF,
    /** Pointed elsewhere: not a teaching-technology matter. */
    OUT_OF_SCOPE
}
