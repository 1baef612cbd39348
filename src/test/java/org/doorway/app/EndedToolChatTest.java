package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tool whose licence has ended is no longer suggested in the conversation, and staff are told why in one line. */
class EndedToolChatTest {
    private static final String PROBLEM = "About 350 first-years and total silence when I ask the room a question";

    @TempDir
    Path folder;

    @Test
    void toolWithAnEndedLicence_isLeftOutAndTheReplySaysWhy() throws Exception {
        String line = CommandRun.of(folder, "{\"id\":\"x\",\"text\":\"" + PROBLEM + "\"}\n", "classify", "--jsonl").out().strip();
        var top = new ObjectMapper().readTree(line).get("tools").get(0);
        Path file = folder.resolve("catalogue.yaml");
        assertThat(CommandRun.of(folder, "", "catalogue", "export", file.toString()).code()).isZero();
        String yaml = Files.readString(file);
        String entry = "- id: " + top.get("id").asText() + "\n";
        int at = yaml.indexOf(entry);
        assertThat(at).isPositive();
        String indent = " ".repeat(at - yaml.lastIndexOf('\n', at) - 1 + 2);
        Files.writeString(file, yaml.substring(0, at + entry.length()) + indent + "licence-until: 2020-01-31\n"
                + yaml.substring(at + entry.length()));
        CommandRun imported = CommandRun.of(folder, "", "catalogue", "import", file.toString());
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();

        CommandRun chat = CommandRun.of(folder, PROBLEM + "\n", "chat", "--user", "drlee");
        String name = top.get("name").asText();
        assertThat(chat.out()).contains("Not suggested now: " + name + " (licence ended 2020-01-31).")
                .doesNotContain("  * " + name + "  (");
    }
}
