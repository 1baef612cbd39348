package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCommandTest {
    @TempDir
    Path folder;

    @Test
    void exportThenImport_changesNothingAndAnEditIsReported() throws Exception {
        Path file = folder.resolve("catalogue.yaml");
        CommandRun exported = CommandRun.of(folder, "", "catalogue", "export", file.toString());
        assertThat(exported.code()).isZero();
        assertThat(CommandRun.of(folder, "", "catalogue", "validate", file.toString()).code()).isZero();

        CommandRun same = CommandRun.of(folder, "", "catalogue", "import", file.toString());
        assertThat(same.out()).contains("no changes");

        String yaml = Files.readString(file).replaceFirst("name: Mentimeter", "name: Mentimeter (institution)");
        Files.writeString(file, yaml);
        CommandRun changed = CommandRun.of(folder, "", "catalogue", "import", file.toString());
        assertThat(changed.code()).isZero();
        assertThat(changed.out()).contains("changed: mentimeter");
    }

    @Test
    void badFile_listsErrorsWithLinesAndChangesNothing() throws Exception {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, """
                version: 1
                tools:
                  - id: polls
                    name: Polls
                    summary: "Live polls."
                    url: ftp://example.org
                    needs:
                      - {need: live-engagment, how: "Ask the room.", strength: 3}
                    support: supported
                """);
        CommandRun validate = CommandRun.of(folder, "", "catalogue", "validate", file.toString());
        assertThat(validate.code()).isEqualTo(3);
        assertThat(validate.err()).contains("line 6").contains("line 8").contains("live-engagement");

        CommandRun imported = CommandRun.of(folder, "", "catalogue", "import", file.toString());
        assertThat(imported.code()).isEqualTo(3);
        assertThat(imported.err()).contains("nothing imported");
        Path export = folder.resolve("after.yaml");
        CommandRun.of(folder, "", "catalogue", "export", export.toString());
        assertThat(Files.readString(export)).contains("id: mentimeter").doesNotContain("id: polls");
    }
}
