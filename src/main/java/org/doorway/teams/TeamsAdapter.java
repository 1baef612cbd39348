package org.doorway.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.doorway.config.TeamsSettings;
import org.doorway.health.Probe;
import org.doorway.health.ProbeResult;
import org.doorway.inbox.Redelivery;
import org.doorway.ratelimit.CallBudgets;
import org.doorway.teams.auth.BotFrameworkTokenValidator;
import org.doorway.teams.connector.AccessTokens;
import org.doorway.teams.connector.ClientCredentialsTokens;
import org.doorway.teams.connector.ConnectorClient;
import org.doorway.teams.connector.TokenProbe;
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

    /** How inbox keys of Teams activities begin. */
    public static final String KEY_PREFIX = TeamsReplies.PLATFORM + ":";

    private final TeamsEndpoint endpoint;
    private final TeamsCourier courier;
    private final ActivityHandler handler;
    private final TeamsParts parts;
    private final Probe probe;

    private TeamsAdapter(TeamsEndpoint endpoint, TeamsCourier courier, ActivityHandler handler, TeamsParts parts,
            Probe probe) {
        this.endpoint = endpoint;
        this.courier = courier;
        this.handler = handler;
        this.parts = parts;
        this.probe = probe;
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
        Probe probe;
        if (settings.emulator()) {
            log.warn("""

                    *******************************************************************
                    TEAMS_EMULATOR=true: Teams requests are NOT authenticated.
                    Only activities whose serviceUrl is on this machine are accepted.
                    Use this with the Microsoft 365 Agents Playground, never in production.
                    *******************************************************************""");
            authentication = new LocalEmulator();
            tokens = AccessTokens.none();
            probe = () -> new ProbeResult.Reachable("local emulator mode: requests are not authenticated");
        } else {
            BotFrameworkTokenValidator validator = new BotFrameworkTokenValidator(settings.appId(), openIdMetadata,
                    http, parts.clock());
            authentication = validator::check;
            tokens = new ClientCredentialsTokens(http, tokenEndpoint, settings.appId(),
                    settings.appPassword().orElseThrow(), parts.clock(), budgets);
            Probe keys = new SigningKeysProbe(validator, openIdMetadata);
            Probe token = new TokenProbe(tokens, tokenEndpoint);
            probe = () -> ProbeResult.all(keys, token);
        }
        ConnectorClient connector = new ConnectorClient(http, tokens, parts.clock(), budgets);
        MemberLookups members = new MemberLookups(parts.teamsIds(), parts.signInNames(), parts.outbox(),
                parts.clock());
        TeamsCourier courier = new TeamsCourier(connector, parts.sentCards(), parts.references(),
                parts.handoffMessages(), members, parts.clock());
        ActivityHandler handler = new ActivityHandler(parts, new TeamsReplies(parts.outbox()), members);
        return new TeamsAdapter(new TeamsEndpoint(authentication, handler, new CardActions(parts), parts.executor(),
                parts.events(), parts.clock()), courier, handler, parts, probe);
    }

    /** Mount at {@link #PATH}. */
    public TeamsEndpoint endpoint() {
        return endpoint;
    }

    /**
     * A look at Microsoft's side for the health report, run in the background:
     * the signing keys that verify requests, then the bot's token for replies.
     */
    public Probe probe() {
        return probe;
    }

    /** Answers Teams messages that waited in the inbox longer than {@code grace}; run it as a leased job. */
    public Redelivery redelivery(Duration grace) {
        return new Redelivery(parts.events(), KEY_PREFIX, parts.clock(), grace, handler::redeliver);
    }

    /** For the outbox worker. */
    public TeamsCourier courier() {
        return courier;
    }
}
