package org.doorway.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.util.Set;
import org.doorway.health.Probe;
import org.doorway.health.ProbeResult;

/**
 * Checks the bot token with {@code auth.test}, in the background, and tells
 * {@link BotIdentity} who the bot is. A network failure or a Slack outage is
 * "unreachable" (retried soon); Slack refusing the token is "refused", with
 * the fix.
 */
final class SlackTokenProbe implements Probe {
    /** Errors that mean the token itself is wrong, revoked or its app uninstalled. */
    private static final Set<String> TOKEN_REFUSED = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "not_allowed_token_type", "team_disabled");

    private final MethodsClient client;
    private final BotIdentity identity;
    private final String apiUrl;

    SlackTokenProbe(MethodsClient client, BotIdentity identity, String apiUrl) {
        this.client = client;
        this.identity = identity;
        this.apiUrl = apiUrl;
    }

    @Override
    public ProbeResult probe() {
        AuthTestResponse answer;
        try {
            answer = client.authTest(request -> request);
        } catch (IOException unreachable) {
            return new ProbeResult.Unreachable("cannot reach Slack's Web API at " + apiUrl + " ("
                    + unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage() + ")");
        } catch (SlackApiException failed) {
            return new ProbeResult.Unreachable("Slack's Web API answered auth.test with HTTP "
                    + failed.getResponse().code());
        }
        if (answer.isOk()) {
            identity.learned(answer);
            return new ProbeResult.Reachable("token checked for workspace " + answer.getTeam());
        }
        if (TOKEN_REFUSED.contains(answer.getError())) {
            return new ProbeResult.Refused("Slack refused SLACK_BOT_TOKEN (" + answer.getError() + "): copy the Bot "
                    + "User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, or reinstall the app");
        }
        return new ProbeResult.Unreachable("Slack answered auth.test with error " + answer.getError());
    }
}
