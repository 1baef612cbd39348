package org.doorway.teams;

import java.net.URI;
import org.doorway.DoorwayException;
import org.doorway.health.Probe;
import org.doorway.health.ProbeResult;
import org.doorway.teams.auth.BotFrameworkTokenValidator;

/**
 * Fetches the Bot Framework's signing keys in the background. Until they are
 * at hand Teams' requests cannot be verified and are answered 503 (the Bot
 * Framework sends them again), and the health report says why.
 */
final class SigningKeysProbe implements Probe {
    private final BotFrameworkTokenValidator validator;
    private final URI metadata;

    SigningKeysProbe(BotFrameworkTokenValidator validator, URI metadata) {
        this.validator = validator;
        this.metadata = metadata;
    }

    @Override
    public ProbeResult probe() {
        try {
            validator.warmUp();
            return new ProbeResult.Reachable("signing keys at hand");
        } catch (DoorwayException unavailable) {
            return new ProbeResult.Unreachable("cannot fetch the Bot Framework's signing keys from " + metadata.getHost()
                    + " (" + unavailable.getMessage() + "); Teams requests are answered 503 until then. "
                    + "Check outbound HTTPS access");
        }
    }
}
