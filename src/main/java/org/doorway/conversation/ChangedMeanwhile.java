package org.doorway.conversation;

import org.doorway.DoorwayException;

/**
 * Someone else changed what a turn read before it wrote (another instance,
 * another click). The turn's unit of work rolls back and {@link TurnRetry}
 * takes the turn again on what now stands.
 */
public class ChangedMeanwhile extends DoorwayException {
    public ChangedMeanwhile(String message) {
        super(message);
    }
}
