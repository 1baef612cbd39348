package org.doorway.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How handoffs behave: how long a technologist has to pick one up before it
 * moves on, and the team channel that is the last resort.
 */
public record HandoffSettings(Duration sla, Optional<String> teamChannel) {

    static HandoffSettings from(Env env) {
        int slaMinutes = env.integer("HANDOFF_SLA_MINUTES", 15, 1, 7 * 24 * 60);
        return new HandoffSettings(Duration.ofMinutes(slaMinutes), env.text("HANDOFF_TEAM_CHANNEL"));
    }
}
