package org.doorway.config;

import java.net.URI;
import java.util.Optional;

/**
 * Microsoft Teams (Bot Framework) credentials. {@code emulator} accepts
 * unauthenticated activities from a local emulator on loopback only, and is
 * refused together with a real password. {@code openIdMetadata},
 * {@code tokenEndpoint} and {@code serviceUrl} (the Bot Connector Doorway
 * writes to first, where it knows no conversation's own) replace Microsoft's
 * public endpoints (sovereign clouds, tests); empty means the public ones.
 */
public record TeamsSettings(String appId, Optional<String> appPassword, Optional<String> tenantId, boolean emulator,
        Optional<URI> openIdMetadata, Optional<URI> tokenEndpoint, Optional<URI> serviceUrl) {
    /** Microsoft's global Bot Connector address, for writing first where Doorway knows no regional one. */
    public static final String GLOBAL_SERVICE_URL = "https://smba.trafficmanager.net/teams/";

    public TeamsSettings(String appId, Optional<String> appPassword, Optional<String> tenantId, boolean emulator) {
        this(appId, appPassword, tenantId, emulator, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Where to open a conversation nobody has written in yet: {@code TEAMS_SERVICE_URL}, or Microsoft's global one. */
    public String globalServiceUrl() {
        return serviceUrl.map(URI::toString).orElse(GLOBAL_SERVICE_URL);
    }

    @Override
    public String toString() {
        return "TeamsSettings[app " + appId + (emulator ? ", LOCAL EMULATOR MODE" : "") + "]";
    }

    static Optional<TeamsSettings> from(Env env) {
        Optional<String> appId = env.text("TEAMS_APP_ID");
        Optional<String> password = env.text("TEAMS_APP_PASSWORD");
        Optional<String> tenant = env.text("TEAMS_TENANT_ID");
        boolean emulator = env.flag("TEAMS_EMULATOR", false);
        Optional<URI> metadata = url(env, "TEAMS_OPENID_METADATA_URL");
        Optional<URI> tokens = url(env, "TEAMS_TOKEN_URL");
        Optional<URI> serviceUrl = url(env, "TEAMS_SERVICE_URL");
        if (emulator && password.isPresent()) {
            env.problem("TEAMS_EMULATOR", "is true while TEAMS_APP_PASSWORD is set: emulator mode accepts "
                    + "unauthenticated requests, so unset one of them");
        }
        if (appId.isEmpty()) {
            if (password.isPresent() || tenant.isPresent()) {
                env.problem("TEAMS_APP_ID", "is missing: use the Microsoft App ID of your Azure Bot resource");
            }
            return emulator ? Optional.of(new TeamsSettings("emulator", Optional.empty(), tenant, true))
                    : Optional.empty();
        }
        if (!emulator && password.isEmpty()) {
            env.problem("TEAMS_APP_PASSWORD", "is missing: create a client secret for the bot's app registration, "
                    + "or set TEAMS_EMULATOR=true to try Doorway with a local emulator");
        }
        return Optional.of(new TeamsSettings(appId.get(), password, tenant, emulator, metadata, tokens, serviceUrl));
    }

    private static Optional<URI> url(Env env, String name) {
        Optional<String> text = env.text(name);
        if (text.isPresent() && !text.get().startsWith("https://") && !text.get().startsWith("http://")) {
            env.problem(name, "must be an http(s) URL; leave it unset to use Microsoft's public endpoint");
            return Optional.empty();
        }
        try {
            return text.map(URI::create);
        } catch (IllegalArgumentException malformed) {
            env.problem(name, "is not a URL; leave it unset to use Microsoft's public endpoint");
            return Optional.empty();
        }
    }
}
