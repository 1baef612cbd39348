package org.doorway.handoff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.doorway.config.NudgeSettings;

/**
 * "A working day later" for one technologist: the same time of day on their
 * next day with rostered hours that is neither leave nor an institution
 * closure, in their own time zone. A request picked up on Friday afternoon is
 * a working day old on Monday afternoon, not on Saturday. Pure functions.
 */
final class WorkingDays {
    /** Beyond this, a roster with no working days at all: nobody is reminded rather than looking for ever. */
    private static final int SEARCH_DAYS = 400;

    private WorkingDays() {}

    /** When {@code step} is reached for a request {@code technologist} took at {@code since}. */
    static Instant after(Technologist technologist, Instant since, NudgeSettings.After step, Set<LocalDate> closures) {
        if (step.plain().isPresent()) {
            return since.plus(step.plain().get());
        }
        ZonedDateTime local = since.atZone(technologist.timezone());
        LocalDate day = local.toLocalDate();
        int counted = 0;
        for (int tries = 0; tries < SEARCH_DAYS; tries++) {
            day = day.plusDays(1);
            if (working(technologist, day, closures) && ++counted == step.workingDays()) {
                return ZonedDateTime.of(day, local.toLocalTime(), technologist.timezone()).toInstant();
            }
        }
        return Instant.MAX;
    }

    static boolean working(Technologist technologist, LocalDate day, Set<LocalDate> closures) {
        return !closures.contains(day) && !WorkingTime.spansOn(technologist, day).isEmpty();
    }
}
