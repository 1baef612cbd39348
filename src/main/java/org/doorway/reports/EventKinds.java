package org.doorway.reports;

/**
 * The kinds of event the reports read. Other kinds (refine, policy, routed,
 * details, guides, transferred …) are kept in the log and ignored here.
 */
public final class EventKinds {
    public static final String OPENED = "opened";
    public static final String CLASSIFIED = "classified";
    /** The classifier was unsure and asked "which is closest?". */
    public static final String UNSURE = "unsure";
    public static final String NEED_CHOSEN = "need-chosen";
    public static final String SUGGESTED = "suggested";
    /** The catalogue had no tool for the need. */
    public static final String NO_TOOLS = "no-tools";
    public static final String ACCEPTED = "accepted";
    /** "Show other options": none of the suggestions fitted. */
    public static final String REJECTED = "rejected";
    public static final String FAULT = "fault";
    public static final String ABANDONED = "abandoned";
    public static final String HANDED_OFF = "handed-off";
    /** The router offered the handoff to a technologist. */
    public static final String OFFERED = "offered";
    public static final String PICKED_UP = "picked-up";
    public static final String PASSED = "passed";
    public static final String SLA_MOVED = "sla-moved";
    public static final String TEAM_CHANNEL = "team-channel";
    public static final String RESOLVED = "resolved";
    /** A technologist or an admin handed the request to a named colleague (technologist: the new owner). */
    public static final String TRANSFERRED = "transferred";
    public static final String FOLLOWED_UP = "follow-up-sent";
    public static final String OUTCOME = "outcome";
    /** Explicitly reopened; a request is also reopened when it moves again after being resolved or closed. */
    public static final String REOPENED = "reopened";
    /** The staff member closed their handoff themselves ("sorted, thanks"). */
    public static final String STAFF_CLOSED = "staff-closed";
    /** The staff member added information to their open handoff; it went to the technologist. */
    public static final String STAFF_ADDED = "staff-added";
    /** A technologist was reminded of a request they picked up and left (detail: after how long). */
    public static final String NUDGED = "nudged";

    private EventKinds() {}
}
