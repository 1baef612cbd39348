package org.doorway.handoff;

import org.doorway.DoorwayException;

/**
 * Someone else changed the handoff between our read and our write (another
 * instance, another click). Thrown inside a unit of work so that everything it
 * did rolls back, and caught at the entry point: the other change stands.
 */
final class StaleHandoff extends DoorwayException {
    StaleHandoff(Handoff handoff) {
        super("handoff " + handoff.id() + " changed meanwhile (expected version " + (handoff.version() - 1) + ")");
    }
}
