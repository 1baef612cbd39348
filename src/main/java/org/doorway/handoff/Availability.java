package org.doorway.handoff;

import java.time.Instant;
import java.util.Optional;

/** Whether someone is on duty and free now, else when the next person is (if the roster says). */
public record Availability(boolean someoneNow, Optional<Instant> nextOnDuty) {
    public static Availability now() {
        return new Availability(true, Optional.empty());
    }
}
