package org.doorway.handoff.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.handoff.Absence;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.YamlProblem;

/** Reads {@code away: [{from: 2026-12-21, to: 2027-01-02}]}: dated leave and closures, both days included. */
final class Absences {
    private Absences() {}

    static List<Absence> read(Entry entry, List<YamlProblem> problems) {
        List<Absence> away = new ArrayList<>();
        Optional<LocatedYaml.Located> node = entry.node("away");
        if (node.isEmpty()) {
            return away;
        }
        if (!node.get().value().isArray()) {
            entry.problem("away", "'away' must be a list", "write away: [{from: 2026-12-21, to: 2027-01-02}]");
            return away;
        }
        for (LocatedYaml.Located item : node.get().items()) {
            if (!item.value().isObject()) {
                problems.add(YamlProblem.error(item.line(), "each absence needs a from and a to",
                        "write {from: 2026-12-21, to: 2027-01-02}"));
                continue;
            }
            Entry absence = new Entry(item, problems);
            Optional<LocalDate> from = date(absence, "from");
            Optional<LocalDate> to = date(absence, "to");
            if (from.isPresent() && to.isPresent()) {
                if (to.get().isBefore(from.get())) {
                    absence.problem("to", "the absence ends (" + to.get() + ") before it starts (" + from.get() + ")",
                            "swap from and to");
                } else {
                    away.add(new Absence(from.get(), to.get()));
                }
            }
        }
        return away;
    }

    private static Optional<LocalDate> date(Entry absence, String key) {
        return absence.required(key, "2026-12-21").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                absence.problem(key, "'" + text + "' is not a date", "write dates as YYYY-MM-DD, e.g. 2026-12-21");
                return Optional.empty();
            }
        });
    }

}
