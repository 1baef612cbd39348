package org.doorway.config;

import java.util.Optional;

/**
 * Slack credentials. HTTP mode needs the bot token and the signing secret;
 * Socket Mode (for institutions without a public URL) needs the bot token and
 * an app-level token. {@code apiUrl} always ends with a slash. {@code adminUsers}
 * (Slack user ids) see the catalogue on their App Home.
 */
public record SlackSettings(String botToken, Optional<String> signingSecret, Optional<String> appToken, String apiUrl,
        java.util.Set<String> adminUsers) {

    public SlackSettings {
        adminUsers = java.util.Set.copyOf(adminUsers);
    }

    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public boolean socketMode() {
        return appToken.isPresent();
    }

    @Override
    public String toString() {
        return "SlackSettings[" + (socketMode() ? "socket mode" : "http mode") + ", api " + apiUrl + "]";
    }

    static Optional<SlackSettings> from(Env env) {
        Optional<String> botToken = env.text("SLACK_BOT_TOKEN");
        Optional<String> signingSecret = env.text("SLACK_SIGNING_SECRET");
        Optional<String> appToken = env.text("SLACK_APP_TOKEN");
        String apiUrl = env.text("SLACK_API_URL", DEFAULT_API_URL);
        if (!apiUrl.startsWith("https://") && !apiUrl.startsWith("http://")) {
            env.problem("SLACK_API_URL", "must be an http(s) URL such as " + DEFAULT_API_URL);
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        if (botToken.isEmpty()) {
            if (signingSecret.isPresent() || appToken.isPresent()) {
                env.problem("SLACK_BOT_TOKEN", "is missing: copy the Bot User OAuth Token (xoxb-…) from your Slack "
                        + "app's OAuth & Permissions page, or unset the other SLACK_ variables for local mode");
            }
            return Optional.empty();
        }
        if (!botToken.get().startsWith("xoxb-")) {
            env.problem("SLACK_BOT_TOKEN", "must be a bot token starting with xoxb- (OAuth & Permissions page)");
        }
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            env.problem("SLACK_APP_TOKEN", "must be an app-level token starting with xapp- (Basic Information page, "
                    + "App-Level Tokens, scope connections:write)");
        }
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            env.problem("SLACK_SIGNING_SECRET", "is missing: copy it from your Slack app's Basic Information page, "
                    + "or set SLACK_APP_TOKEN to use Socket Mode");
        }
        java.util.Set<String> admins = java.util.Arrays.stream(env.text("SLACK_ADMIN_USERS", "").split("[,\\s]+"))
                .filter(id -> !id.isBlank()).collect(java.util.stream.Collectors.toSet());
        return Optional.of(new SlackSettings(botToken.get(), signingSecret, appToken, apiUrl, admins));
    }
}
