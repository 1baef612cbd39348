package org.doorway.teams.connector;

import java.net.URI;
import org.doorway.health.Probe;
import org.doorway.health.ProbeResult;

/**
 * Gets the bot's token in the background, for the health report and so that
 * the first reply need not wait for it: an outage is "unreachable", a wrong
 * app id or password "refused".
 */
public final class TokenProbe implements Probe {
    private final AccessTokens tokens;
    private final URI tokenEndpoint;

    public TokenProbe(AccessTokens tokens, URI tokenEndpoint) {
        this.tokens = tokens;
        this.tokenEndpoint = tokenEndpoint;
    }

    @Override
    public ProbeResult probe() {
        try {
            tokens.current();
            return new ProbeResult.Reachable("token from " + tokenEndpoint.getHost());
        } catch (TokenUnavailable unavailable) {
            return unavailable.retryable()
                    ? new ProbeResult.Unreachable("cannot get the bot's token from " + tokenEndpoint + ": "
                            + unavailable.getMessage() + "; replies wait in the outbox until then")
                    : new ProbeResult.Refused(unavailable.getMessage());
        }
    }
}
