package org.doorway.handoff;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The usual working week: for each weekday, the shifts worked (none on days off), earliest first. */
public record WeeklyHours(Map<DayOfWeek, List<Shift>> shifts) {
    public WeeklyHours {
        EnumMap<DayOfWeek, List<Shift>> copy = new EnumMap<>(DayOfWeek.class);
        shifts.forEach((day, list) -> {
            if (!list.isEmpty()) {
                copy.put(day, list.stream().sorted(Comparator.comparing(Shift::from)).toList());
            }
        });
        shifts = java.util.Collections.unmodifiableMap(copy);
    }

    public static WeeklyHours none() {
        return new WeeklyHours(Map.of());
    }

    public List<Shift> on(DayOfWeek day) {
        return shifts.getOrDefault(day, List.of());
    }
}
