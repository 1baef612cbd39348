package org.doorway.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.handoff.roster.EntryFields;
import org.doorway.handoff.roster.RosterProblem;

/**
 * One technologist's form: the values, the problems by field (the checks of
 * {@code roster validate}), the version it was opened at, and what the signed-in
 * person may change: an admin everything, a technologist their own hours,
 * leave and availability.
 */
public record RosterEditPage(String id, EntryFields fields, Map<String, List<String>> problems, List<String> warnings,
        String version, String notice, boolean canEditAll, boolean canEditOwn) {
    /** Empty leave rows under the booked ones, for new leave. */
    static final int SPARE_LEAVE_ROWS = 2;
    public static final Map<String, String> DAY_NAMES = Map.of("mon", "Monday", "tue", "Tuesday", "wed", "Wednesday",
            "thu", "Thursday", "fri", "Friday", "sat", "Saturday", "sun", "Sunday");

    static RosterEditPage of(String id, EntryFields fields, List<RosterProblem> found, String version, String notice,
            boolean canEditAll, boolean canEditOwn) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (RosterProblem problem : found) {
            String text = problem.problem() + " — " + problem.fix();
            if (problem.warning()) {
                warnings.add(text);
            } else {
                problems.computeIfAbsent(problem.field(), key -> new ArrayList<>()).add(text);
            }
        }
        return new RosterEditPage(id, fields, Map.copyOf(problems), List.copyOf(warnings), version, notice, canEditAll,
                canEditOwn);
    }

    public boolean isNew() {
        return id.isEmpty();
    }

    public String action() {
        return isNew() ? "/admin/roster/new" : path(id);
    }

    static String path(String technologistId) {
        return "/admin/roster/" + URLEncoder.encode(technologistId, StandardCharsets.UTF_8);
    }

    public List<String> days() {
        return EntryFields.DAYS;
    }

    public String dayName(String day) {
        return DAY_NAMES.get(day);
    }

    public String hours(String day) {
        return fields.hours().getOrDefault(day, "");
    }

    public int leaveRows() {
        return Math.min(RosterForm.MAX_LEAVE, fields.away().size() + SPARE_LEAVE_ROWS);
    }

    public String leaveFrom(int row) {
        return row < fields.away().size() ? fields.away().get(row).from() : "";
    }

    public String leaveTo(int row) {
        return row < fields.away().size() ? fields.away().get(row).to() : "";
    }

    public String expertise() {
        return String.join(", ", fields.expertise());
    }

    public List<String> problems(String key) {
        return problems.getOrDefault(key, List.of());
    }

    public boolean invalid(String key) {
        return problems.containsKey(key);
    }

    /** For aria-invalid: "true" or null (then jte leaves the attribute out). */
    public String ariaInvalid(String key) {
        return invalid(key) ? "true" : null;
    }

    /** For aria-describedby: the problem's id, or null. */
    public String describedBy(String key) {
        return invalid(key) ? fieldId(key) + "-problem" : null;
    }

    /** Every problem with the id of its field, for the summary at the top. */
    public List<Map.Entry<String, String>> summary() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        problems.forEach((key, list) -> list.forEach(text -> all.add(Map.entry(fieldId(key), text))));
        return all;
    }

    /** The input a problem's field names: {@code away.1} is the row's first date, {@code hours} Monday's hours. */
    public static String fieldId(String key) {
        if (key.isEmpty()) {
            return "f-name";
        }
        if (key.matches("away\\.\\d+")) {
            return "f-" + key.replace('.', '-') + "-from";
        }
        if (key.equals("hours")) {
            return "f-hours-mon";
        }
        return "f-" + key.replace('.', '-');
    }
}
