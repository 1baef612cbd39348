package org.doorway.teams.connector;

import org.doorway.DoorwayException;

/** No access token could be had; {@code retryable} when the cause may pass (timeout, server error). */
final class TokenUnavailable extends DoorwayException {
    private final boolean retryable;

    TokenUnavailable(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
