package org.doorway.handoff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a technologist is on duty, worked out in their own time zone so that
 * "09:00-17:00" means nine to five where they are, across daylight-saving
 * changes. Absences win over the working week. Pure functions.
 */
public final class WorkingTime {
    /** How far ahead to look for the next shift: two weeks covers a long absence in an ordinary week. */
    static final int SEARCH_DAYS = 14;

    private WorkingTime() {}

    public static boolean onDuty(Technologist technologist, Instant at) {
        ZonedDateTime local = at.atZone(technologist.timezone());
        LocalDate day = local.toLocalDate();
        if (technologist.isAbsentOn(day)) {
            return false;
        }
        return technologist.hours().on(day.getDayOfWeek()).stream().anyMatch(shift ->
                !at.isBefore(start(technologist, day, shift)) && at.isBefore(end(technologist, day, shift)));
    }

    /** {@code at} itself when on duty then, else the start of their next shift, if one is within two weeks. */
    public static Optional<Instant> nextOnDuty(Technologist technologist, Instant at) {
        return onDuty(technologist, at) ? Optional.of(at) : nextShiftStart(technologist, at);
    }

    /** The first shift start strictly after {@code after}, skipping absences; empty if none within two weeks. */
    public static Optional<Instant> nextShiftStart(Technologist technologist, Instant after) {
        LocalDate today = after.atZone(technologist.timezone()).toLocalDate();
        for (int days = 0; days <= SEARCH_DAYS; days++) {
            LocalDate day = today.plusDays(days);
            if (technologist.isAbsentOn(day)) {
                continue;
            }
            for (Shift shift : technologist.hours().on(day.getDayOfWeek())) {
                Instant start = start(technologist, day, shift);
                if (start.isAfter(after)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /** Their shifts on {@code day} (in their own zone) as instants; none when absent. For reports' rostered hours. */
    public static java.util.List<DutySpan> spansOn(Technologist technologist, LocalDate day) {
        if (technologist.isAbsentOn(day)) {
            return java.util.List.of();
        }
        return technologist.hours().on(day.getDayOfWeek()).stream()
                .map(shift -> new DutySpan(start(technologist, day, shift), end(technologist, day, shift)))
                .toList();
    }

    // ZonedDateTime.of moves a time in a spring-forward gap to just after it, which is what a person expects.
    private static Instant start(Technologist technologist, LocalDate day, Shift shift) {
        return ZonedDateTime.of(day, shift.from(), technologist.timezone()).toInstant();
    }

    private static Instant end(Technologist technologist, LocalDate day, Shift shift) {
        return ZonedDateTime.of(day, shift.to(), technologist.timezone()).toInstant();
    }
}
