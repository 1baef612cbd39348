package org.doorway.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Events that failed for a reason that will not go away (a bug, an unreadable
 * event), kept where an operator can see them ({@code doorway inbox list}) and
 * put back in the inbox once the cause is fixed ({@code doorway inbox replay}).
 */
public interface SetAside {

    /** Sets the event aside with why; joins the caller's unit of work. Again for the same key: the latest reason. */
    void setAside(InboundEvent event, String reason, Instant at);

    /** Everything set aside, oldest first. */
    List<Entry> all();

    /**
     * Puts the event back in the inbox as waiting, so that the redelivery job
     * of a running Doorway answers it; empty when nothing is set aside under
     * {@code key}, else what was put back.
     */
    Optional<Entry> replay(String key, Instant at);

    /** An event set aside: its key, when it arrived and was set aside, why, and its work if it kept any. */
    record Entry(String key, Instant receivedAt, Instant setAsideAt, String reason, Optional<String> work) {

        /** Only events that kept their work can be answered again. */
        public boolean replayable() {
            return work.isPresent();
        }
    }
}
