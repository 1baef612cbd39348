package org.doorway.teams.connector;

import java.util.Optional;

/** Where the bearer token for calls to the connector comes from. */
public interface AccessTokens {

    /** A token good for at least a few more minutes, or empty when calls go without one (local emulator). */
    Optional<String> current();

    /** Drops a cached token the connector refused, so the next call fetches a new one. */
    void forget();

    /** No token at all: for the local Agents Playground, which accepts unauthenticated replies. */
    static AccessTokens none() {
        return new AccessTokens() {
            @Override
            public Optional<String> current() {
                return Optional.empty();
            }

            @Override
            public void forget() {}
        };
    }
}
