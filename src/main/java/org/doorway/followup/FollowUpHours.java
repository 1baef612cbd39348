package org.doorway.followup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When follow-ups may be sent: days of the week and a time window in the
 * institution's zone (FOLLOW_UP_HOURS, read by {@code config.FollowUpSettings}), or {@link #ALWAYS}.
 */
public record FollowUpHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public static final FollowUpHours ALWAYS = new FollowUpHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIN,
            LocalTime.MAX);

    public FollowUpHours {
        days = Set.copyOf(days);
    }

    /** Whether {@code at} falls inside these hours on a day that is not a closure. */
    public boolean open(Instant at, ZoneId zone, Set<LocalDate> closures) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !closures.contains(local.toLocalDate())
                && !time.isBefore(from) && (time.isBefore(to) || to.equals(LocalTime.MAX));
    }

    /** {@code at} if it is open, else the start of the next open window (within a year of closures). */
    public Instant nextOpen(Instant at, ZoneId zone, Set<LocalDate> closures) {
        if (open(at, zone, closures)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(from) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        for (int tries = 0; tries < 400; tries++, day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek()) && !closures.contains(day)) {
                return day.atTime(from).atZone(zone).toInstant();
            }
        }
        return at; // every day closed for a year: a configuration nobody means; send rather than never
    }
}
