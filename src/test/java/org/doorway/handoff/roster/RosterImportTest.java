package org.doorway.handoff.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorway.store.Database;
import org.doorway.store.JdbiRoster;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import is all or nothing and reports what changed; export gives back what was imported. */
class RosterImportTest {
    @TempDir
    Path folder;

    @Test
    void importThenExport_roundTrips_andAReimportChangesNothing() throws IOException {
        try (Database database = TestDatabases.sqlite(folder)) {
            RosterImport roster = new RosterImport(database, new JdbiRoster(database), KnownExpertise.bundledNeeds());
            RosterImport.Outcome first = roster.importYaml(Files.readString(Path.of("examples/roster.yaml")), false);
            assertThat(first.changes().toString())
                    .isEqualTo("3 added (Alex Rivera, Priya Natarajan, Sam Lee), 0 changed, 0 removed");

            String exported = roster.exportYaml();
            RosterImport.Outcome again = roster.importYaml(exported, false);

            assertThat(again.ok()).isTrue();
            assertThat(again.changes().toString()).isEqualTo("0 added, 0 changed, 0 removed");
            assertThat(roster.exportYaml()).isEqualTo(exported);
            assertThat(exported).contains("    hours: {mon: \"09:00-17:00\", tue: \"09:00-17:00\", wed: "
                    + "\"09:00-13:00\"}\n", "    away: [{from: 2026-12-21, to: 2027-01-02}]\n");
        }
    }

    @Test
    void aFileWithOneErrorChangesNothing() throws IOException {
        try (Database database = TestDatabases.sqlite(folder)) {
            JdbiRoster store = new JdbiRoster(database);
            RosterImport roster = new RosterImport(database, store, KnownExpertise.bundledNeeds());
            roster.importYaml(Files.readString(Path.of("examples/roster.yaml")), false);
            String broken = Files.readString(Path.of("examples/roster.yaml"))
                    .replace("Priya Natarajan", "Priya N.").replace("capacity: 5", "capacity: 0");

            RosterImport.Outcome outcome = roster.importYaml(broken, false);

            assertThat(outcome.ok()).isFalse();
            assertThat(store.all()).extracting(t -> t.name()).containsExactly("Alex Rivera", "Priya Natarajan",
                    "Sam Lee");
        }
    }

    @Test
    void changesAndRemovalsAreReportedByName() throws IOException {
        try (Database database = TestDatabases.sqlite(folder)) {
            RosterImport roster = new RosterImport(database, new JdbiRoster(database), KnownExpertise.bundledNeeds());
            String example = Files.readString(Path.of("examples/roster.yaml"));
            roster.importYaml(example, false);
            String edited = example.substring(0, example.indexOf("  - name: Sam Lee"))
                    .replace("capacity: 3", "capacity: 2");

            RosterImport.Outcome dryRun = roster.importYaml(edited, true);
            assertThat(dryRun.changes().toString()).isEqualTo("0 added, 1 changed (Priya Natarajan), 1 removed (Sam Lee)");
            assertThat(new JdbiRoster(database).all()).hasSize(3);

            roster.importYaml(edited, false);
            assertThat(new JdbiRoster(database).all()).hasSize(2);
        }
    }
}
