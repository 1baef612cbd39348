package org.doorway.handoff.roster;

import org.doorway.text.Spelling;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorway.handoff.Absence;
import org.doorway.handoff.Shift;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WeeklyHours;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.YamlProblem;

/** Reads one technologist entry, reporting every problem in it rather than stopping at the first. */
final class TechnologistReader {
    static final Set<String> KEYS = Set.of("name", "slack", "teams", "email", "timezone", "hours", "away",
            "expertise", "capacity", "available");

    private final KnownExpertise known;
    private final List<YamlProblem> problems;

    TechnologistReader(KnownExpertise known, List<YamlProblem> problems) {
        this.known = known;
        this.problems = problems;
    }

    /** The technologist, or empty when the entry has errors (all of them reported). */
    Optional<Technologist> read(Entry entry) {
        int before = errorCount();
        for (String key : entry.keys()) {
            if (!KEYS.contains(key)) {
                entry.problem(key, "'" + key + "' is not a roster field", Spelling.closest(key, KEYS)
                        .map(field -> "did you mean '" + field + "'?").orElse("use one of " + String.join(", ",
                                KEYS.stream().sorted().toList())));
            }
        }
        Optional<String> name = entry.required("name", "Alex Rivera");
        Optional<String> email = entry.required("email", "alex@uni.example");
        email.filter(address -> !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).ifPresent(address ->
                entry.problem("email", "'" + address + "' is not an email address", "write it as name@uni.example"));
        Map<String, String> chatIds = new LinkedHashMap<>();
        Optional<String> slack = entry.text("slack");
        slack.ifPresent(id -> chatIds.put("slack", id));
        entry.text("teams").ifPresent(id -> chatIds.put("teams", id));
        if (chatIds.isEmpty()) {
            // Email only: routing skips them until Doorway learns their Teams id (when they first write to it).
            entry.warning("slack", "no chat identity yet, so requests skip them until they first message Doorway "
                    + "in Teams (matched by email)", "add slack: U0123ABC (their Slack member id) "
                    + "or teams: their Microsoft Entra ID object id (Teams)");
        }
        slack.filter(id -> !id.matches("[UW][A-Z0-9]{2,}")).ifPresent(id -> entry.problem("slack",
                "'" + id + "' is not a Slack member id", "copy it from their Slack profile: ⋮ > Copy member ID "
                        + "(it looks like U0123ABC)"));
        ZoneId zone = zone(entry);
        WeeklyHours hours = hours(entry);
        List<Absence> away = Absences.read(entry, problems);
        List<String> expertise = new ExpertiseReader(known, problems).read(entry);
        int capacity = capacity(entry);
        boolean available = available(entry);
        if (errorCount() > before || name.isEmpty() || email.isEmpty() || zone == null) {
            return Optional.empty();
        }
        return Optional.of(new Technologist(Technologist.idFor(email.get()), name.get(), email.get(), chatIds, zone,
                hours, away, expertise, capacity, available));
    }

    private ZoneId zone(Entry entry) {
        Optional<String> text = entry.required("timezone", "Europe/London");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(text.get());
        } catch (DateTimeException unknown) {
            entry.problem("timezone", "'" + text.get() + "' is not a time zone", Spelling.closest(text.get(),
                    ZoneId.getAvailableZoneIds()).map(zone -> "did you mean " + zone + "?")
                    .orElse("use a region name such as Europe/London or America/New_York"));
            return null;
        }
    }

    private WeeklyHours hours(Entry entry) {
        Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
        Optional<LocatedYaml.Located> node = entry.node("hours");
        if (node.isEmpty()) {
            entry.warning("name", "no working hours, so they will never be offered a handoff",
                    "add hours: {mon: \"09:00-17:00\", tue: \"09:00-17:00\"}");
            return WeeklyHours.none();
        }
        if (!node.get().value().isObject()) {
            entry.problem("hours", "'hours' must map days to times", "write hours: {mon: \"09:00-17:00\"}");
            return WeeklyHours.none();
        }
        for (String key : node.get().keys()) {
            LocatedYaml.Located times = node.get().field(key);
            int line = times.line();
            Optional<DayOfWeek> day = HoursFormat.day(key);
            if (day.isEmpty()) {
                problems.add(YamlProblem.error(line, "'" + key + "' is not a day", "use mon, tue, wed, thu, fri, "
                        + "sat or sun"));
                continue;
            }
            if (!times.isScalar()) {
                problems.add(YamlProblem.error(line, "the hours for " + key + " must be text",
                        "write " + key + ": \"09:00-12:00, 13:00-17:00\""));
                continue;
            }
            HoursFormat.Parsed parsed = HoursFormat.shifts(times.value().asText());
            parsed.wrong().ifPresentOrElse(why -> problems.add(YamlProblem.error(line, "hours for " + key + ": "
                    + why, "write " + key + ": \"09:00-17:00\" (24-hour clock; several shifts comma-separated)")),
                    () -> week.put(day.get(), parsed.shifts()));
        }
        return new WeeklyHours(week);
    }

    private static int capacity(Entry entry) {
        Optional<String> text = entry.required("capacity", "4");
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int capacity = Integer.parseInt(text.get());
            if (capacity < 1) {
                entry.problem("capacity", "capacity is " + capacity + " but must be at least 1",
                        "set capacity to how many open handoffs they take at once, or set available: false");
            }
            return capacity;
        } catch (NumberFormatException notANumber) {
            entry.problem("capacity", "capacity '" + text.get() + "' is not a whole number", "write e.g. capacity: 4");
            return 1;
        }
    }

    private static boolean available(Entry entry) {
        Optional<String> text = entry.text("available");
        if (text.isEmpty()) {
            return true;
        }
        return switch (text.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                entry.problem("available", "available '" + text.get() + "' is not true or false",
                        "write available: true or available: false");
                yield true;
            }
        };
    }

    private int errorCount() {
        return (int) problems.stream().filter(problem -> !problem.warning()).count();
    }
}
