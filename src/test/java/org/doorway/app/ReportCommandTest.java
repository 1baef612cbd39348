package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.doorway.config.DatabaseSettings;
import org.doorway.conversation.ConversationKey;
import org.doorway.store.Database;
import org.doorway.store.JdbiRequests;
import org.doorway.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doorway report} as a person runs it: a department filter, a clear refusal, the week × need table. */
class ReportCommandTest {
    @TempDir
    Path folder;

    @Test
    void aDepartment_narrowsTheReport_theTableAddsUp_andAnUnknownOneIsRefusedWithTheFix() throws Exception {
        Path directory = folder.resolve("departments.csv");
        Files.writeString(directory, "department,platform,user id\nChemistry,slack,U0\nHistory,slack,U1\n");
        String url = "jdbc:sqlite:" + folder.resolve("doorway.db");
        try (Database database = Database.open(new DatabaseSettings(url, Optional.empty(), Optional.empty(), 2))) {
            Migrations.migrate(database);
            JdbiRequests requests = new JdbiRequests(database);
            String[] needs = {"formative-quiz", "formative-quiz", "peer-assessment"};
            String[] days = {"2026-03-02T10:00:00Z", "2026-03-10T10:00:00Z", "2026-03-11T10:00:00Z"};
            for (int person = 0; person < 3; person++) {
                long id = requests.open(new ConversationKey("slack", "U" + person, "D" + person), "a quiz",
                        Instant.parse(days[person]));
                requests.classified(id, "need", needs[person], 0.9);
            }
        }
        Map<String, String> env = Map.of("DATABASE_URL", url, "DEPARTMENTS_FILE", directory.toString(),
                "TERM_DATES", "Spring 2026=2026-03-02..2026-03-20");

        CommandRun all = CommandRun.with(env, "", "report", "--from", "2026-03-01", "--to", "2026-03-15");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).contains("Requests per week by need", "  Week                                    [1]   [2]"
                + "    all", "  Week of 2026-02-23 (outside term)         0     0      0",
                "  Spring 2026, week 1 (from 2026-03-02)     1     0      1",
                "  Spring 2026, week 2 (from 2026-03-09)     1     1      2",
                "  Needs: [1] formative-quiz, [2] peer-assessment");

        CommandRun chemistry = CommandRun.with(env, "", "report", "--from", "2026-03-01", "--to", "2026-03-15",
                "--department", "Chemistry");
        assertThat(chemistry.code()).as(chemistry.err()).isZero();
        assertThat(chemistry.out()).contains("2026-03-01 to 2026-03-15, Chemistry", "        1  Requests\n");

        CommandRun alchemy = CommandRun.with(env, "", "report", "--department", "Alchemy");
        assertThat(alchemy.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(alchemy.err()).contains("No department is called 'Alchemy' in the directory (DEPARTMENTS_FILE): "
                + "choose one it lists, such as Chemistry");
        assertThat(alchemy.out()).isEmpty();
    }
}
