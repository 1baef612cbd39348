package org.doorway.handoff;

/** What {@link HandoffService#reassign} did: moved the handoff to a named colleague, or nothing and why. */
public sealed interface Transfer {

    /** Now offered to {@code to}, who has the summary; the staff member has been told. */
    record Done(Handoff handoff, Technologist to) implements Transfer {}

    /** Nothing changed; {@code reason} says why in words fit for the person who asked. */
    record Refused(String reason) implements Transfer {}
}
