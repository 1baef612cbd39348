package org.doorway.slack;

import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.Optional;

/**
 * Who Doorway is in the workspace (bot user, team), as {@code auth.test} last
 * said. Empty until Slack has answered once: requests are served meanwhile,
 * and nothing on the ack path waits for it. Thread-safe.
 */
final class BotIdentity {
    private volatile AuthTestResponse known;

    Optional<AuthTestResponse> current() {
        return Optional.ofNullable(known);
    }

    void learned(AuthTestResponse answer) {
        known = answer;
    }
}
