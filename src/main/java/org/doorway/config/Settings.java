package org.doorway.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Doorway reads from its environment, validated once at start.
 * With no Slack or Teams credentials Doorway runs in local mode.
 * {@code publicUrl} is where people open Doorway's public pages (guides,
 * calendar invites, the map), without a trailing slash.
 */
public record Settings(int port, DatabaseSettings database, Optional<SlackSettings> slack,
        Optional<TeamsSettings> teams, HandoffSettings handoff, ZoneId zone, String publicUrl,
        InstitutionSettings institution, AdminSettings admin, ServiceSettings service, FollowUpSettings followUp,
        ReportSettings reports, NudgeSettings nudges) {

    public boolean localMode() {
        return slack.isEmpty() && teams.isEmpty();
    }

    /** Reads and validates; a non-empty problem list means Doorway must not start. */
    public static Loaded load(Map<String, String> environment) {
        Env env = new Env(environment);
        int port = env.integer("PORT", 3000, 0, 65535);
        String publicUrl = PublicUrl.from(env, port);
        Settings settings = new Settings(
                port,
                DatabaseSettings.from(env),
                SlackSettings.from(env),
                TeamsSettings.from(env),
                HandoffSettings.from(env),
                zone(env),
                publicUrl,
                InstitutionSettings.from(env),
                AdminSettings.from(env, publicUrl),
                ServiceSettings.from(env),
                FollowUpSettings.from(env),
                ReportSettings.from(env),
                NudgeSettings.from(env));
        return new Loaded(settings, env.problems());
    }

    /** The institution's time zone, for telling staff when someone will be on duty. */
    private static ZoneId zone(Env env) {
        String id = env.text("TIMEZONE", "Europe/London");
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            env.problem("TIMEZONE", "is '" + id + "', which is not a time zone: use a name such as Europe/London");
            return ZoneId.of("Europe/London");
        }
    }

    /** The settings as read, and every problem found. */
    public record Loaded(Settings settings, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
