package org.doorway.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When follow-ups go out: {@code after} acceptance or resolution
 * (FOLLOW_UP_AFTER, ISO-8601, default P14D), on {@code days} between
 * {@code from} and {@code to} in the institution's zone (FOLLOW_UP_HOURS,
 * {@code mon-fri 09:00-17:00} or {@code always}), never on {@code closures}
 * (FOLLOW_UP_CLOSURES, dates and ranges such as {@code 2026-12-24..2027-01-02}).
 */
public record FollowUpSettings(Duration after, Set<DayOfWeek> days, LocalTime from, LocalTime to,
        Set<LocalDate> closures) {
    private static final Pattern HOURS = Pattern.compile(
            "(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))? (\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)");
    private static final int MAX_CLOSED_DAYS = 3_660;

    public FollowUpSettings {
        days = Set.copyOf(days);
        closures = Set.copyOf(closures);
    }

    static FollowUpSettings from(Env env) {
        Duration after = after(env);
        String hours = env.text("FOLLOW_UP_HOURS", "mon-fri 09:00-17:00").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        Set<LocalDate> closures = closures(env);
        if (hours.equals("always")) {
            return new FollowUpSettings(after, EnumSet.allOf(DayOfWeek.class), LocalTime.MIN, LocalTime.MAX, closures);
        }
        Matcher form = HOURS.matcher(hours);
        if (form.matches()) {
            try {
                LocalTime from = LocalTime.of(Integer.parseInt(form.group(3)), Integer.parseInt(form.group(4)));
                LocalTime to = LocalTime.of(Integer.parseInt(form.group(5)), Integer.parseInt(form.group(6)));
                if (from.isBefore(to)) {
                    return new FollowUpSettings(after, days(form.group(1), form.group(2)), from, to, closures);
                }
            } catch (java.time.DateTimeException outOfRange) {
                // reported below
            }
        }
        env.problem("FOLLOW_UP_HOURS", "is '" + hours + "': use days and hours such as 'mon-fri 09:00-17:00', "
                + "or 'always'");
        return new FollowUpSettings(after, EnumSet.allOf(DayOfWeek.class), LocalTime.MIN, LocalTime.MAX, closures);
    }

    private static Duration after(Env env) {
        String text = env.text("FOLLOW_UP_AFTER", "P14D");
        try {
            Duration after = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (!after.isNegative() && !after.isZero()) {
                return after;
            }
        } catch (DateTimeParseException notADuration) {
            // reported below
        }
        env.problem("FOLLOW_UP_AFTER", "is '" + text + "': use an ISO-8601 duration such as P14D (14 days) or "
                + "PT30S (30 seconds)");
        return Duration.ofDays(14);
    }

    private static Set<LocalDate> closures(Env env) {
        Set<LocalDate> closed = new TreeSet<>();
        for (String part : env.text("FOLLOW_UP_CLOSURES", "").split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String[] range = part.split("\\.\\.", 2);
                LocalDate first = LocalDate.parse(range[0]);
                LocalDate last = range.length == 2 ? LocalDate.parse(range[1]) : first;
                if (last.isBefore(first) || first.plusDays(MAX_CLOSED_DAYS).isBefore(last)) {
                    throw new DateTimeParseException("backwards or too long", part, 0);
                }
                first.datesUntil(last.plusDays(1)).forEach(closed::add);
            } catch (DateTimeParseException wrong) {
                env.problem("FOLLOW_UP_CLOSURES", "has '" + part + "': list dates and ranges separated by commas, "
                        + "such as 2026-12-24..2027-01-02,2027-04-18");
            }
        }
        return closed;
    }

    private static Set<DayOfWeek> days(String first, String last) {
        DayOfWeek from = day(first);
        DayOfWeek to = last == null ? from : day(last);
        Set<DayOfWeek> days = EnumSet.of(from);
        for (DayOfWeek day = from; day != to; day = day.plus(1)) {
            days.add(day.plus(1));
        }
        return days;
    }

    private static DayOfWeek day(String prefix) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return day;
            }
        }
        throw new IllegalArgumentException(prefix);
    }
}
