package org.doorway.teams;

import java.time.Instant;
import java.util.Optional;

/**
 * The Teams sign-in names (user principal names) Doorway has learned, by
 * person (port; {@code JdbiSignInNames}). A chat link needs them and an
 * activity does not carry them, so they come from the conversation's roster
 * ({@link MemberLookups}) and are kept for every instance to read.
 */
public interface SignInNames {

    /** The sign-in name of {@code personId} (an Entra ID object id or a Teams user id), when learned. */
    Optional<String> of(String personId);

    /** Keeps (or replaces) what was learned. */
    void remember(String personId, String signInName, Instant at);

    /** For a Doorway without the table (tests of other parts): knows nobody, keeps nothing. */
    static SignInNames none() {
        return new SignInNames() {
            @Override
            public Optional<String> of(String personId) {
                return Optional.empty();
            }

            @Override
            public void remember(String personId, String signInName, Instant at) {}
        };
    }
}
