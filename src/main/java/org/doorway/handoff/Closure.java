package org.doorway.handoff;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day or days the whole institution is closed (a bank holiday, the winter
 * closure), both days included: nobody is offered a handoff then, whatever
 * their own hours. {@code id} is 0 until stored.
 */
public record Closure(long id, LocalDate from, LocalDate to, String name) {
    public Closure {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(name, "name");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a closure must end on or after its first day: " + from + " to " + to);
        }
    }

    public Absence asAbsence() {
        return new Absence(from, to);
    }
}
