package org.doorway.teams.auth;

/**
 * The verdict on an inbound request's token. {@link Unauthorized} maps to
 * HTTP 401 and {@link Forbidden} (an authentic token whose signing key is not
 * endorsed for the channel) to 403, {@link Unavailable} to 503. Reasons are for logs, never for users,
 * and never contain the token.
 */
public sealed interface TokenCheck {

    record Valid() implements TokenCheck {}

    record Unauthorized(String reason) implements TokenCheck {}

    record Forbidden(String reason) implements TokenCheck {}

    /**
     * The token could not be checked because the signing keys cannot be
     * fetched (an outage, not the sender's fault): HTTP 503, so the Bot
     * Framework sends the activity again later.
     */
    record Unavailable(String reason) implements TokenCheck {}

    default boolean valid() {
        return this instanceof Valid;
    }
}
