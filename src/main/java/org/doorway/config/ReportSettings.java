package org.doorway.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doorway.reports.TermDates;

/**
 * What reports know of the institution: which staff belong to which
 * department or faculty ({@code DEPARTMENTS_FILE}, a CSV of
 * {@code department,platform,user id}, read once at start) and its term
 * dates ({@code TERM_DATES}, e.g.
 * {@code Autumn 2026=2026-09-28..2026-12-11;Spring 2027=2027-01-11..2027-03-26}),
 * so that weeks read as term weeks. Both optional.
 */
public record ReportSettings(List<DirectoryEntry> directory, List<TermDates> terms) {
    static final int MOST_ENTRIES = 200_000;

    public ReportSettings {
        directory = List.copyOf(directory);
        terms = List.copyOf(terms);
    }

    /** One line of the directory: a member of staff on a platform and their department. */
    public record DirectoryEntry(String department, String platform, String userId) {}

    static ReportSettings from(Env env) {
        return new ReportSettings(env.text("DEPARTMENTS_FILE").map(file -> directory(env, file)).orElse(List.of()),
                env.text("TERM_DATES").map(text -> terms(env, text)).orElse(List.of()));
    }

    private static List<DirectoryEntry> directory(Env env, String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            env.problem("DEPARTMENTS_FILE", "is '" + file + "', which cannot be read (" + unreadable.getMessage()
                    + "): give the path of a CSV file with lines 'department,platform,user id'");
            return List.of();
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#") || number == 1 && line.startsWith("department,")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3 || cells[0].isBlank() || cells[0].length() > 100
                    || !cells[1].strip().matches("slack|teams") || cells[2].isBlank()) {
                env.problem("DEPARTMENTS_FILE", "line " + number + " of " + file + " is '" + line + "': write "
                        + "'department,platform,user id', e.g. 'Chemistry,slack,U0123ABCD' (platform slack or teams)");
                return List.of();
            }
            entries.add(new DirectoryEntry(cells[0].strip(), cells[1].strip(), cells[2].strip()));
        }
        if (entries.size() > MOST_ENTRIES) {
            env.problem("DEPARTMENTS_FILE", "has " + entries.size() + " lines; at most " + MOST_ENTRIES + " are read");
            return List.of();
        }
        return entries;
    }

    private static List<TermDates> terms(Env env, String text) {
        List<TermDates> terms = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String[] named = part.split("=", 2);
                String[] days = named[1].split("\\.\\.", 2);
                terms.add(new TermDates(named[0].strip(), LocalDate.parse(days[0].strip()),
                        LocalDate.parse(days[1].strip())));
                if (named[0].isBlank()) {
                    throw new IllegalArgumentException("a term needs a name");
                }
            } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException wrong) {
                env.problem("TERM_DATES", "has '" + part.strip() + "', which is not 'Name=first day..last day': write "
                        + "e.g. 'Autumn 2026=2026-09-28..2026-12-11;Spring 2027=2027-01-11..2027-03-26'");
                return List.of();
            }
        }
        return terms;
    }
}
