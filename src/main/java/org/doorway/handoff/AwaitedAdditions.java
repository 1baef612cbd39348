package org.doorway.handoff;

import java.time.Instant;
import java.util.Optional;

/**
 * A staff member who pressed "Add information" where the platform could not
 * ask in a form: their next message goes to the technologist (port;
 * {@code JdbiAwaitedAdditions}). Joins the caller's unit of work.
 */
public interface AwaitedAdditions {

    /** Waits for this person's next message, for {@code handoffId}, until {@code until}; replaces any earlier wait. */
    void await(String platform, String user, long handoffId, Instant until);

    /** The handoff this person's message is for, if one waits at {@code now}; taking it ends the wait, once. */
    Optional<Long> take(String platform, String user, Instant now);
}
