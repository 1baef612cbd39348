package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster the README points newcomers to imports cleanly against the default catalogue. */
class ExampleRosterTest {
    @Test
    void exampleRoster_importsWithoutProblems(@TempDir Path folder) {
        CommandRun run = CommandRun.of(folder, "", "roster", "import", "examples/roster.yaml");
        assertThat(run.err()).as("only which database it used")
                .isEqualTo("Database: jdbc:sqlite:" + folder.resolve("doorway.db") + System.lineSeparator());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Imported: ");
    }
}
