package org.doorway.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How handoffs behave: how long a technologist has to pick one up before it
 * moves on (shorter for an urgent fault, which also reaches the team channel
 * after its first lapse rather than its second), the team channel that is the
 * last resort, and when to follow up.
 */
public record HandoffSettings(Duration sla, Optional<String> teamChannel, Duration followUpAfter,
        Duration urgentSla) {

    /** An urgent fault's SLA step when HANDOFF_URGENT_SLA_MINUTES is not set: a third of the usual, at least a minute. */
    public HandoffSettings(Duration sla, Optional<String> teamChannel, Duration followUpAfter) {
        this(sla, teamChannel, followUpAfter, defaultUrgent(sla));
    }

    static HandoffSettings from(Env env) {
        int slaMinutes = env.integer("HANDOFF_SLA_MINUTES", 15, 1, 7 * 24 * 60);
        int followUpDays = env.integer("FOLLOWUP_AFTER_DAYS", 14, 1, 365);
        Duration sla = Duration.ofMinutes(slaMinutes);
        int urgentMinutes = env.integer("HANDOFF_URGENT_SLA_MINUTES", (int) defaultUrgent(sla).toMinutes(), 1,
                slaMinutes);
        return new HandoffSettings(sla, env.text("HANDOFF_TEAM_CHANNEL"), Duration.ofDays(followUpDays),
                Duration.ofMinutes(urgentMinutes));
    }

    private static Duration defaultUrgent(Duration sla) {
        return Duration.ofMinutes(Math.max(1, sla.toMinutes() / 3));
    }
}
