package org.doorway.handoff;

/**
 * The port through which the conversation asks for a person. The handoff
 * feature implements it: routing, notifying technologists and the SLA.
 */
public interface HandoffDesk {

    /** Whether a person could take this now, and when one will be if not. Changes nothing. */
    Availability availability(HandoffRequest.Kind kind, java.util.List<String> needIds);

    /** Records the request and routes it; says honestly what happens next. */
    HandoffTicket request(HandoffRequest request);
}
