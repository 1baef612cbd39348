package org.doorway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.DoorwayException;
import org.doorway.handoff.Absence;
import org.doorway.handoff.Shift;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WeeklyHours;

/**
 * The part of a technologist that is read whole and never queried, as JSON:
 * time zone, hours ({@code {"MONDAY": ["09:00-17:00"]}}), absences and
 * expertise. Plain strings, so the stored text stays readable.
 */
record TechnologistDetail(String timezone, Map<String, List<String>> hours, List<Map<String, String>> away,
        List<String> expertise) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String write(Technologist technologist) {
        Map<String, List<String>> hours = new LinkedHashMap<>();
        technologist.hours().shifts().forEach((day, shifts) ->
                hours.put(day.name(), shifts.stream().map(Shift::toString).toList()));
        List<Map<String, String>> away = technologist.away().stream()
                .map(absence -> Map.of("from", absence.from().toString(), "to", absence.to().toString()))
                .toList();
        try {
            return JSON.writeValueAsString(new TechnologistDetail(technologist.timezone().getId(), hours, away,
                    technologist.expertise()));
        } catch (JsonProcessingException impossible) {
            throw new DoorwayException("cannot write technologist " + technologist.id(), impossible);
        }
    }

    static TechnologistDetail read(String json) {
        try {
            return JSON.readValue(json, TechnologistDetail.class);
        } catch (JsonProcessingException corrupt) {
            throw new DoorwayException("a technologist's stored detail is not readable JSON: " + corrupt.getMessage(),
                    corrupt);
        }
    }

    ZoneId zone() {
        return ZoneId.of(timezone);
    }

    WeeklyHours weeklyHours() {
        Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, shifts) -> week.put(DayOfWeek.valueOf(day), shifts.stream().map(shift -> {
            String[] ends = shift.split("-");
            return new Shift(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
        }).toList()));
        return new WeeklyHours(week);
    }

    List<Absence> absences() {
        List<Absence> absences = new ArrayList<>();
        away.forEach(entry -> absences.add(new Absence(LocalDate.parse(entry.get("from")),
                LocalDate.parse(entry.get("to")))));
        return absences;
    }
}
