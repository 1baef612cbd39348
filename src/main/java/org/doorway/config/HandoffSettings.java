package org.doorway.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How handoffs behave: how long a technologist has to pick one up before it
 * moves on (shorter for an urgent fault, which also reaches the team channel
 * after its first lapse rather than its second), and the team channel that is
 * the last resort. When to follow up is {@link FollowUpSettings}.
 */
public record HandoffSettings(Duration sla, Optional<String> teamChannel, Duration urgentSla) {

    /** An urgent fault's SLA step when HANDOFF_URGENT_SLA_MINUTES is not set: a third of the usual, at least a minute. */
    public HandoffSettings(Duration sla, Optional<String> teamChannel) {
        this(sla, teamChannel, defaultUrgent(sla));
    }

    static HandoffSettings from(Env env) {
        int slaMinutes = env.integer("HANDOFF_SLA_MINUTES", 15, 1, 7 * 24 * 60);
        Duration sla = Duration.ofMinutes(slaMinutes);
        int urgentMinutes = env.integer("HANDOFF_URGENT_SLA_MINUTES", (int) defaultUrgent(sla).toMinutes(), 1,
                slaMinutes);
        return new HandoffSettings(sla, env.text("HANDOFF_TEAM_CHANNEL"), Duration.ofMinutes(urgentMinutes));
    }

    private static Duration defaultUrgent(Duration sla) {
        return Duration.ofMinutes(Math.max(1, sla.toMinutes() / 3));
    }
}
