package org.doorway.handoff;

import java.time.Instant;
import java.util.Optional;

/** What became of a request for a person. */
public sealed interface HandoffTicket {

    String handoffId();

    /** A technologist was chosen and has been sent the summary. */
    record Assigned(String handoffId, String technologistName, Optional<String> chatLink) implements HandoffTicket {}

    /** Nobody is eligible now; the request waits and is offered as soon as someone is. */
    record Queued(String handoffId, Optional<Instant> nextOnDuty) implements HandoffTicket {}
}
