package org.doorway.handoff;

import java.time.Instant;
import java.util.Optional;

/** How many open handoffs a technologist holds, and when they were last given one (for fair rotation). */
public record Workload(String technologistId, int open, Optional<Instant> lastAssignedAt) {

    public static Workload idle(String technologistId) {
        return new Workload(technologistId, 0, Optional.empty());
    }
}
