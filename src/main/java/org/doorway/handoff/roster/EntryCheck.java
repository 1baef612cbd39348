package org.doorway.handoff.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.handoff.Technologist;
import org.doorway.yaml.YamlProblem;

/**
 * Checks one technologist exactly as {@code roster validate} checks a file:
 * the fields are written out as a one-entry roster file, one value per line,
 * and read by {@link RosterReader}; each problem's line names its field.
 * So the console, the API and the file can never disagree. Thread-safe.
 */
public final class EntryCheck {
    private final RosterReader reader;

    public EntryCheck(KnownExpertise known) {
        this.reader = new RosterReader(known);
    }

    /** The technologist when there is no error; every problem (warnings too) by field. */
    public record Result(Optional<Technologist> technologist, List<RosterProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return technologist.isPresent();
        }
    }

    public Result check(EntryFields fields) {
        List<String> lines = new ArrayList<>();
        List<String> fieldOfLine = new ArrayList<>();
        line(lines, fieldOfLine, "technologists:", "");
        line(lines, fieldOfLine, "  - name: " + quoted(fields.name()), "name");
        line(lines, fieldOfLine, "    email: " + quoted(fields.email()), "email");
        line(lines, fieldOfLine, "    timezone: " + quoted(fields.timezone()), "timezone");
        if (!blank(fields.slack())) {
            line(lines, fieldOfLine, "    slack: " + quoted(fields.slack()), "slack");
        }
        if (!blank(fields.teams())) {
            line(lines, fieldOfLine, "    teams: " + quoted(fields.teams()), "teams");
        }
        List<String> days = EntryFields.DAYS.stream().filter(day -> !blank(fields.hours().get(day))).toList();
        if (!days.isEmpty()) {
            line(lines, fieldOfLine, "    hours:", "hours");
            days.forEach(day -> line(lines, fieldOfLine, "      " + day + ": " + quoted(fields.hours().get(day)),
                    "hours." + day));
        }
        if (!fields.away().isEmpty()) {
            line(lines, fieldOfLine, "    away:", "away");
            for (int i = 0; i < fields.away().size(); i++) {
                EntryFields.Leave leave = fields.away().get(i);
                line(lines, fieldOfLine, "      - {from: " + quoted(leave.from()) + ", to: " + quoted(leave.to()) + "}",
                        "away." + i);
            }
        }
        line(lines, fieldOfLine, "    expertise: []", "expertise");
        if (!fields.expertise().isEmpty()) {
            lines.set(lines.size() - 1, "    expertise:");
            fields.expertise().forEach(id -> line(lines, fieldOfLine, "      - " + quoted(id), "expertise"));
        }
        line(lines, fieldOfLine, "    capacity: " + quoted(fields.capacity()), "capacity");
        line(lines, fieldOfLine, "    available: " + fields.available(), "available");
        RosterReader.Result read = reader.read(String.join("\n", lines) + "\n");
        List<RosterProblem> problems = read.problems().stream().map(problem -> located(problem, fieldOfLine)).toList();
        return new Result(read.ok() ? read.technologists().stream().findFirst() : Optional.empty(), problems);
    }

    private static RosterProblem located(YamlProblem problem, List<String> fieldOfLine) {
        int index = problem.line() - 1;
        String field = index >= 0 && index < fieldOfLine.size() ? fieldOfLine.get(index) : "";
        // "no working hours" is reported on the name's line by the file reader; in a form it belongs to the hours.
        if (field.equals("name") && problem.warning() && problem.message().contains("working hours")) {
            field = "hours";
        }
        return new RosterProblem(field, problem.message(), problem.fix(), problem.warning());
    }

    private static void line(List<String> lines, List<String> fields, String text, String field) {
        lines.add(text);
        fields.add(field);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A YAML double-quoted scalar: nothing typed can break out of its line or its quotes. */
    static String quoted(String text) {
        String value = text == null ? "" : text.strip();
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '"') {
                quoted.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                quoted.append(' ');
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
