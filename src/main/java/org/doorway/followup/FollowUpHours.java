package org.doorway.followup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When follow-ups may be sent: days of the week and a time window in the
 * institution's zone ({@code mon-fri 09:00-17:00}), or {@code always}.
 */
public record FollowUpHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public static final FollowUpHours ALWAYS = new FollowUpHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIN,
            LocalTime.MAX);
    public static final String DEFAULT = "mon-fri 09:00-17:00";
    private static final Pattern FORM = Pattern.compile(
            "(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))? (\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)");

    public FollowUpHours {
        days = Set.copyOf(days);
    }

    /** {@code always}, or days and a window such as {@code mon-fri 09:00-17:00}; empty when it is neither. */
    public static Optional<FollowUpHours> parse(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (lower.equals("always")) {
            return Optional.of(ALWAYS);
        }
        Matcher form = FORM.matcher(lower);
        if (!form.matches()) {
            return Optional.empty();
        }
        DayOfWeek first = day(form.group(1));
        DayOfWeek last = form.group(2) == null ? first : day(form.group(2));
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day = first; ; day = day.plus(1)) {
            days.add(day);
            if (day == last) {
                break;
            }
        }
        try {
            LocalTime from = LocalTime.of(Integer.parseInt(form.group(3)), Integer.parseInt(form.group(4)));
            LocalTime to = LocalTime.of(Integer.parseInt(form.group(5)), Integer.parseInt(form.group(6)));
            return from.isBefore(to) ? Optional.of(new FollowUpHours(days, from, to)) : Optional.empty();
        } catch (java.time.DateTimeException outOfRange) {
            return Optional.empty();
        }
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

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
