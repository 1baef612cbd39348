package org.doorway;

/**
 * The one unchecked root for Doorway's own failures: bugs, I/O and broken
 * invariants. Outcomes that belong to the domain (a fault, nobody available)
 * are values, never exceptions.
 */
public class DoorwayException extends RuntimeException {
    public DoorwayException(String message) {
        super(message);
    }

    public DoorwayException(String message, Throwable cause) {
        super(message, cause);
    }
}
