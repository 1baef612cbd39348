package org.doorway.inbox;

import org.doorway.DoorwayException;

/**
 * An event could not be recorded in time. The platform must not get an ack:
 * an error makes it deliver the event again later, so nothing is lost.
 */
public final class InboxUnavailable extends DoorwayException {

    public InboxUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
