package org.doorway.handoff.roster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.handoff.Technologist;

/**
 * One technologist as a form or an API call gives them: every value as typed,
 * unchecked. {@code hours} maps a day key ({@code mon} … {@code sun}) to its
 * shifts as the roster file spells them ({@code "09:00-12:00, 13:00-17:00"});
 * {@code away} holds dated ranges, both days included.
 */
public record EntryFields(String name, String email, String timezone, String slack, String teams,
        Map<String, String> hours, List<Leave> away, List<String> expertise, String capacity, boolean available) {

    /** The days in the order a form shows them, by the roster file's keys. */
    public static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public EntryFields {
        hours = Map.copyOf(hours);
        away = List.copyOf(away);
        expertise = List.copyOf(expertise);
    }

    /** A stored technologist as the form shows them. */
    public static EntryFields of(Technologist technologist) {
        Map<String, String> hours = new LinkedHashMap<>();
        technologist.hours().shifts().forEach((day, shifts) -> hours.put(HoursFormat.key(day), HoursFormat.format(shifts)));
        return new EntryFields(technologist.name(), technologist.email(), technologist.timezone().getId(),
                technologist.chatId("slack").orElse(""), technologist.chatId("teams").orElse(""), hours,
                technologist.away().stream().map(absence -> new Leave(absence.from().toString(), absence.to().toString()))
                        .toList(), technologist.expertise(), Integer.toString(technologist.capacity()),
                technologist.available());
    }

    /** These fields with a technologist's own part (hours, leave, availability) taken from {@code own}. */
    public EntryFields withOwnPartOf(EntryFields own) {
        return new EntryFields(name, email, timezone, slack, teams, own.hours, own.away, expertise, capacity,
                own.available);
    }

    /** A dated range as typed: YYYY-MM-DD, both days included. */
    public record Leave(String from, String to) {}
}
