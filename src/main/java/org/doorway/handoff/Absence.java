package org.doorway.handoff;

import java.time.LocalDate;
import java.util.Objects;

/** Dated time off (leave, a closure), both days included, in the technologist's own calendar. */
public record Absence(LocalDate from, LocalDate to) {
    public Absence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an absence must end on or after its first day: " + from + " to " + to);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
