package org.doorway.teams;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Teams ids of technologists whom the roster names by email only
 * (port; {@code JdbiTeamsIds}). Until Doorway knows someone's Teams id it
 * cannot send them a card, so Teams requests are not routed to them; once it
 * is learned (from the conversation's roster or Microsoft Graph) it is kept,
 * also across roster imports, and cards reach them.
 */
public interface TeamsIds {

    /** The emails of technologists with no Teams id Doorway can write to (none, or only a sign-in name). */
    List<String> missing();

    /** Whether {@code personId} (an Entra ID object id or a Teams user id) is a technologist's known Teams id. */
    boolean known(String personId);

    /**
     * Gives {@code userId} to the technologist without a Teams id whose email,
     * or sign-in name in the roster's {@code teams} field, is one of
     * {@code names} (compared without case); their roster id, or empty when
     * nobody matched. {@code source} says how it was learned.
     */
    Optional<String> learn(List<String> names, String userId, String source, Instant at);

    /** For a Doorway without the table (tests of other parts): knows nobody, learns nothing. */
    static TeamsIds none() {
        return new TeamsIds() {
            @Override
            public List<String> missing() {
                return List.of();
            }

            @Override
            public boolean known(String personId) {
                return false;
            }

            @Override
            public Optional<String> learn(List<String> names, String userId, String source, Instant at) {
                return Optional.empty();
            }
        };
    }
}
