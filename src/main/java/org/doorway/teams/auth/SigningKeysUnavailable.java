package org.doorway.teams.auth;

import org.doorway.DoorwayException;

/** The OpenID metadata or key set could not be fetched or read, and no earlier copy is at hand. */
final class SigningKeysUnavailable extends DoorwayException {
    SigningKeysUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
