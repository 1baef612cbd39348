package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer meets first on a clean clone: where the database is, the need ids, checking a roster. */
class NewcomerCommandsTest {
    @TempDir
    Path folder;

    @Test
    void doorwayHome_holdsTheSqliteFiles_andEveryCommandSaysWhichDatabase() {
        CommandRun run = CommandRun.with(Map.of("DOORWAY_HOME", folder.toString()), "", "migrate");

        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith("Database: jdbc:sqlite:" + folder.resolve("doorway.db"));
        assertThat(folder.resolve("doorway.db")).exists();
    }

    @Test
    void backupWhereThereIsNoDatabase_isRefusedWithTheFix_andCreatesNothing() {
        CommandRun run = CommandRun.with(Map.of("DOORWAY_HOME", folder.toString()), "", "backup",
                folder.resolve("backup.db").toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("there is no database at").contains("DOORWAY_HOME");
        assertThat(folder.resolve("doorway.db")).doesNotExist();
        assertThat(folder.resolve("backup.db")).doesNotExist();
    }

    @Test
    void relativeSqlitePath_isTakenFromDoorwayHome() {
        CommandRun run = CommandRun.with(Map.of("DOORWAY_HOME", folder.toString(),
                "DATABASE_URL", "jdbc:sqlite:data.db"), "", "migrate");

        assertThat(run.code()).isZero();
        assertThat(folder.resolve("data.db")).exists();
    }

    @Test
    void doorwayHomeThatIsNoFolder_exitsTwoWithTheFix() {
        CommandRun run = CommandRun.with(Map.of("DOORWAY_HOME", folder.resolve("missing").toString()), "", "migrate");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("doorway: DOORWAY_HOME is ").contains("mkdir -p");
    }

    @Test
    void unknownLogLevel_isRefusedWithOneLineThatNamesTheChoices() {
        CommandRun run = CommandRun.with(Map.of("LOG_LEVEL", "LOUD",
                "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db")), "", "migrate");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("doorway: LOG_LEVEL is 'LOUD' but must be one of TRACE, DEBUG, INFO, WARN, "
                + "ERROR, OFF (for more detail use LOG_LEVEL=DEBUG)" + System.lineSeparator());
    }

    @Test
    void needs_listsTheIdsFilesMayUse() {
        CommandRun run = CommandRun.of(folder, "", "needs");

        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).anySatisfy(line -> assertThat(line).startsWith("live-engagement  "));
        assertThat(folder.resolve("doorway.db")).as("no database needed").doesNotExist();
    }

    @Test
    void rosterValidate_goodFileChangesNothing_badFileExitsThreeWithTheLine() throws Exception {
        CommandRun good = CommandRun.of(folder, "", "roster", "validate", "examples/roster.yaml");
        assertThat(good.code()).isZero();
        assertThat(good.out()).contains("is valid");
        assertThat(CommandRun.of(folder, "", "roster", "export", folder.resolve("out.yaml").toString()).code())
                .isZero();
        assertThat(Files.readString(folder.resolve("out.yaml"))).doesNotContain("name:");

        Path bad = folder.resolve("bad.yaml");
        Files.writeString(bad, """
                technologists:
                  - name: Alex
                    slack: U1
                    expertise: [no-such-need]
                """);
        CommandRun checked = CommandRun.of(folder, "", "roster", "validate", bad.toString());
        assertThat(checked.code()).isEqualTo(3);
        assertThat(checked.err()).contains(bad + ":4:").contains("no-such-need");
    }
}
