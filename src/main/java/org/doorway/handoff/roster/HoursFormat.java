package org.doorway.handoff.roster;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.doorway.handoff.Shift;

/** Working hours as the roster file spells them: {@code mon: "09:00-17:00"}, several shifts comma-separated. */
final class HoursFormat {
    static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);
    private static final Pattern SHIFT = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

    private HoursFormat() {}

    /** "mon", "Monday" and "MONDAY" all name Monday. */
    static Optional<DayOfWeek> day(String key) {
        String lower = key.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(DAYS.get(lower.length() > 3 ? lower.substring(0, 3) : lower))
                .filter(day -> lower.length() == 3 || day.name().toLowerCase(Locale.ROOT).equals(lower));
    }

    static String key(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /** The shifts in "09:00-12:00, 13:00-17:00", or a sentence saying what is wrong. */
    static Parsed shifts(String text) {
        List<Shift> shifts = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher matcher = SHIFT.matcher(part.strip());
            if (!matcher.matches()) {
                return Parsed.wrong("'" + text + "' is not in the form HH:MM-HH:MM");
            }
            try {
                LocalTime from = LocalTime.parse(pad(matcher.group(1)));
                LocalTime to = LocalTime.parse(pad(matcher.group(2)));
                if (!from.isBefore(to)) {
                    return Parsed.wrong("the shift " + part.strip() + " ends before it starts");
                }
                shifts.add(new Shift(from, to));
            } catch (DateTimeParseException badTime) {
                return Parsed.wrong("'" + part.strip() + "' has a time that does not exist");
            }
        }
        return new Parsed(shifts, Optional.empty());
    }

    static String format(List<Shift> shifts) {
        return shifts.stream().map(Shift::toString).collect(Collectors.joining(", "));
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    /** Shifts, or what is wrong with the text. */
    record Parsed(List<Shift> shifts, Optional<String> wrong) {
        static Parsed wrong(String why) {
            return new Parsed(List.of(), Optional.of(why));
        }
    }
}
