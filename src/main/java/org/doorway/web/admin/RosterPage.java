package org.doorway.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.doorway.admin.AdminUser;
import org.doorway.admin.RosterEditing;
import org.doorway.admin.Role;
import org.doorway.handoff.Absence;
import org.doorway.handoff.Closure;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WorkingTime;
import org.doorway.handoff.roster.EntryFields;
import org.doorway.handoff.roster.RosterProblem;

/**
 * The roster as the console lists it: each technologist with whether routing
 * would offer them a request now, their week and their next leave; and the
 * institution's closure dates with the form that adds one.
 */
public record RosterPage(List<Row> rows, List<Closure> closures, boolean admin, String notice,
        List<RosterProblem> closureProblems, String closureFrom, String closureTo, String closureName) {

    public record Row(String name, String link, String email, String timezone, String status, String week,
            String leave, boolean editable) {}

    /** {@code routed} are the technologists as routing sees them (closures count as leave). */
    static RosterPage of(List<Technologist> routed, List<Closure> closures, AdminUser user, Instant now,
            String notice) {
        List<Row> rows = routed.stream().map(technologist -> new Row(technologist.name(),
                RosterEditPage.path(technologist.id()), technologist.email(), technologist.timezone().getId(),
                status(technologist, now), week(technologist), leave(technologist, now),
                RosterEditing.mayEdit(user, technologist.id()))).toList();
        return new RosterPage(rows, closures, user.role() == Role.ADMIN, notice, List.of(), "", "",
                "");
    }

    RosterPage withClosureForm(List<RosterProblem> problems, String from, String to, String name) {
        return new RosterPage(rows, closures, admin, notice, problems, from, to, name);
    }

    public String closureProblem(String field) {
        return closureProblems.stream().filter(problem -> problem.field().equals(field))
                .map(problem -> problem.problem() + " — " + problem.fix()).collect(Collectors.joining(" "));
    }

    private static String status(Technologist technologist, Instant now) {
        if (!technologist.available()) {
            return "Unavailable (switched off)";
        }
        LocalDate today = now.atZone(technologist.timezone()).toLocalDate();
        if (technologist.isAbsentOn(today)) {
            return "Away today";
        }
        return WorkingTime.onDuty(technologist, now) ? "On duty now" : "Off shift now";
    }

    private static String week(Technologist technologist) {
        EntryFields fields = EntryFields.of(technologist);
        String week = EntryFields.DAYS.stream().filter(fields.hours()::containsKey)
                .map(day -> RosterEditPage.DAY_NAMES.get(day).substring(0, 3) + " " + fields.hours().get(day))
                .collect(Collectors.joining(" · "));
        return week.isEmpty() ? "No working hours" : week;
    }

    private static String leave(Technologist technologist, Instant now) {
        LocalDate today = now.atZone(technologist.timezone()).toLocalDate();
        return technologist.away().stream().filter(absence -> !absence.to().isBefore(today))
                .min(Comparator.comparing(Absence::from))
                .map(absence -> absence.from().equals(absence.to()) ? absence.from().toString()
                        : absence.from() + " to " + absence.to())
                .orElse("—");
    }
}
