package org.doorway.config;

import java.util.Optional;

/**
 * Microsoft Teams (Bot Framework) credentials. {@code emulator} accepts
 * unauthenticated activities from a local emulator on loopback only, and is
 * refused together with a real password.
 */
public record TeamsSettings(String appId, Optional<String> appPassword, Optional<String> tenantId, boolean emulator) {

    @Override
    public String toString() {
        return "TeamsSettings[app " + appId + (emulator ? ", LOCAL EMULATOR MODE" : "") + "]";
    }

    static Optional<TeamsSettings> from(Env env) {
        Optional<String> appId = env.text("TEAMS_APP_ID");
        Optional<String> password = env.text("TEAMS_APP_PASSWORD");
        Optional<String> tenant = env.text("TEAMS_TENANT_ID");
        boolean emulator = env.flag("TEAMS_EMULATOR", false);
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
        return Optional.of(new TeamsSettings(appId.get(), password, tenant, emulator));
    }
}
