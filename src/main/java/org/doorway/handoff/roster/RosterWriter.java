package org.doorway.handoff.roster;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.doorway.handoff.Absence;
import org.doorway.handoff.Technologist;

/**
 * Writes the roster in the same shape admins import, so that export then
 * import changes nothing. Text is quoted only where YAML would misread it.
 */
public final class RosterWriter {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._@/+'-]*");
    private static final Set<String> LOOKS_LIKE_SOMETHING_ELSE = Set.of("true", "false", "yes", "no", "on", "off",
            "null", "y", "n");

    public String write(List<Technologist> technologists) {
        StringBuilder yaml = new StringBuilder("technologists:\n");
        if (technologists.isEmpty()) {
            return "technologists: []\n";
        }
        for (Technologist technologist : technologists) {
            yaml.append("  - name: ").append(text(technologist.name())).append('\n');
            technologist.chatId("slack").ifPresent(id -> field(yaml, "slack", text(id)));
            technologist.chatId("teams").ifPresent(id -> field(yaml, "teams", text(id)));
            field(yaml, "email", text(technologist.email()));
            field(yaml, "timezone", text(technologist.timezone().getId()));
            field(yaml, "hours", "{" + technologist.hours().shifts().entrySet().stream()
                    .map(day -> HoursFormat.key(day.getKey()) + ": \"" + HoursFormat.format(day.getValue()) + "\"")
                    .collect(Collectors.joining(", ")) + "}");
            if (!technologist.away().isEmpty()) {
                field(yaml, "away", "[" + technologist.away().stream().map(RosterWriter::absence)
                        .collect(Collectors.joining(", ")) + "]");
            }
            field(yaml, "expertise", "[" + technologist.expertise().stream().map(RosterWriter::text)
                    .collect(Collectors.joining(", ")) + "]");
            field(yaml, "capacity", Integer.toString(technologist.capacity()));
            field(yaml, "available", Boolean.toString(technologist.available()));
        }
        return yaml.toString();
    }

    private static void field(StringBuilder yaml, String key, String value) {
        yaml.append("    ").append(key).append(": ").append(value).append('\n');
    }

    private static String absence(Absence absence) {
        return "{from: " + absence.from() + ", to: " + absence.to() + "}";
    }

    static String text(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !LOOKS_LIKE_SOMETHING_ELSE.contains(value.toLowerCase(Locale.ROOT))
                && !value.matches("[0-9._+-]+");
        if (plain) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
