package org.doorway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doorway.reports.TermDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DEPARTMENTS_FILE and TERM_DATES: read once at start, every mistake named with its fix. */
class ReportSettingsTest {
    @TempDir
    Path folder;

    @Test
    void aDirectoryAndTerms_areRead() throws Exception {
        Path file = Files.writeString(folder.resolve("departments.csv"),
                "department,platform,user id\nChemistry,slack,U0123\n# a comment\nHistory, teams ,29:1abc\n");
        Settings.Loaded loaded = Settings.load(Map.of("DEPARTMENTS_FILE", file.toString(),
                "TERM_DATES", "Autumn 2026=2026-09-28..2026-12-11; Spring 2027=2027-01-11..2027-03-26"));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().reports().directory()).containsExactly(
                new ReportSettings.DirectoryEntry("Chemistry", "slack", "U0123"),
                new ReportSettings.DirectoryEntry("History", "teams", "29:1abc"));
        assertThat(loaded.settings().reports().terms()).containsExactly(
                new TermDates("Autumn 2026", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 12, 11)),
                new TermDates("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26)));
    }

    @Test
    void neither_isFine() {
        Settings.Loaded loaded = Settings.load(Map.of());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().reports()).isEqualTo(new ReportSettings(List.of(), List.of()));
    }

    @Test
    void mistakes_areNamedWithTheirFix() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"), "Chemistry,U0123\n");
        assertThat(Settings.load(Map.of("DEPARTMENTS_FILE", file.toString())).problems()).singleElement()
                .asString().contains("line 1", "'department,platform,user id'");
        assertThat(Settings.load(Map.of("DEPARTMENTS_FILE", folder.resolve("missing.csv").toString())).problems())
                .singleElement().asString().contains("cannot be read");
        assertThat(Settings.load(Map.of("TERM_DATES", "Autumn=2026-13-01..2026-12-11")).problems()).singleElement()
                .asString().contains("'Name=first day..last day'");
        assertThat(Settings.load(Map.of("TERM_DATES", "Autumn=2026-12-11..2026-09-01")).problems()).singleElement()
                .asString().contains("TERM_DATES");
    }
}
