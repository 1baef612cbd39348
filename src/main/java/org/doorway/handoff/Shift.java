package org.doorway.handoff;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of working time within a day, in the technologist's own time
 * zone: {@code from} inclusive, {@code to} exclusive. Overnight shifts are two
 * shifts, one on each day.
 */
public record Shift(LocalTime from, LocalTime to) {
    public Shift {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a shift must end after it starts: " + from + "-" + to);
        }
    }

    /** "09:00-17:00", the roster file's spelling. */
    @Override
    public String toString() {
        return from + "-" + to;
    }
}
