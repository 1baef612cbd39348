package org.doorway.teams;

import java.net.URI;
import java.net.http.HttpClient;
import org.doorway.config.TeamsSettings;
import org.doorway.ratelimit.CallBudgets;
import org.doorway.teams.auth.BotFrameworkTokenValidator;
import org.doorway.teams.connector.AccessTokens;
import org.doorway.teams.connector.ClientCredentialsTokens;
import org.doorway.teams.connector.ConnectorClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Teams adapter assembled from its settings: the endpoint to mount at
 * {@code /api/messages}, whose replies go to the outbox, and the courier that
 * delivers Teams' outbox items. In emulator mode inbound tokens are not
 * checked (loopback only) and replies carry none.
 */
public final class TeamsAdapter {
    public static final String PATH = "/api/messages";
    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);

    private final TeamsEndpoint endpoint;
    private final TeamsCourier courier;

    private TeamsAdapter(TeamsEndpoint endpoint, TeamsCourier courier) {
        this.endpoint = endpoint;
        this.courier = courier;
    }

    /** Against Microsoft's services, or the endpoints the settings name instead. */
    public static TeamsAdapter create(TeamsSettings settings, TeamsParts parts) {
        return create(settings, parts,
                settings.openIdMetadata().orElse(BotFrameworkTokenValidator.BOT_FRAMEWORK_METADATA),
                settings.tokenEndpoint().orElseGet(() -> ClientCredentialsTokens.endpointFor(settings.tenantId())));
    }

    /** With other OpenID metadata and token endpoints (tests, sovereign clouds). */
    public static TeamsAdapter create(TeamsSettings settings, TeamsParts parts, URI openIdMetadata,
            URI tokenEndpoint) {
        HttpClient http = ConnectorClient.httpClient();
        CallBudgets budgets = new CallBudgets(parts.clock());
        InboundAuthentication authentication;
        AccessTokens tokens;
        if (settings.emulator()) {
            log.warn("""

                    *******************************************************************
                    TEAMS_EMULATOR=true: Teams requests are NOT authenticated.
                    Only activities whose serviceUrl is on this machine are accepted.
                    Use this with the Microsoft 365 Agents Playground, never in production.
                    *******************************************************************""");
            authentication = new LocalEmulator();
            tokens = AccessTokens.none();
        } else {
            authentication = new BotFrameworkTokenValidator(settings.appId(), openIdMetadata, http,
                    parts.clock())::check;
            tokens = new ClientCredentialsTokens(http, tokenEndpoint, settings.appId(),
                    settings.appPassword().orElseThrow(), parts.clock(), budgets);
        }
        ConnectorClient connector = new ConnectorClient(http, tokens, parts.clock(), budgets);
        TeamsCourier courier = new TeamsCourier(connector, parts.sentCards(), parts.references(), parts.clock());
        ActivityHandler handler = new ActivityHandler(parts, new TeamsReplies(parts.outbox()));
        return new TeamsAdapter(new TeamsEndpoint(authentication, handler, parts.executor()), courier);
    }

    /** Mount at {@link #PATH}. */
    public TeamsEndpoint endpoint() {
        return endpoint;
    }

    /** For the outbox worker. */
    public TeamsCourier courier() {
        return courier;
    }
}
