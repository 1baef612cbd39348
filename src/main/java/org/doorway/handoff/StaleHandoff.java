package org.doorway.handoff;

import org.doorway.conversation.ChangedMeanwhile;

/**
 * Someone else changed the handoff between our read and our write (another
 * instance, another click). Thrown inside a unit of work so that everything it
 * did rolls back: the jobs skip it, and a turn is taken again on what now
 * stands (see {@link org.doorway.conversation.TurnRetry}).
 */
final class StaleHandoff extends ChangedMeanwhile {
    StaleHandoff(Handoff handoff) {
        super("handoff " + handoff.id() + " changed meanwhile (expected version " + (handoff.version() - 1) + ")");
    }
}
