package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.doorway.config.DatabaseSettings;
import org.doorway.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted conversations through {@code doorway chat}, as the intake issue's "done when" describes. */
class ChatCommandTest {
    private static final String PROBLEM = "About 350 first-years and total silence when I ask the room a question";

    @TempDir
    Path folder;

    @Test
    void confidentProblem_showsTheSameTopToolAsClassify() throws Exception {
        String line = CommandRun.of(folder, "{\"id\":\"x\",\"text\":\"" + PROBLEM + "\"}\n", "classify", "--jsonl")
                .out().strip();
        String topTool = new ObjectMapper().readTree(line).get("tools").get(0).get("name").asText();

        CommandRun chat = CommandRun.of(folder, PROBLEM + "\n", "chat", "--user", "drlee");

        assertThat(chat.code()).isZero();
        String firstTool = chat.out().lines().filter(text -> text.startsWith("  * ")).findFirst().orElseThrow();
        assertThat(firstTool).startsWith("  * " + topTool + "  (");
    }

    @Test
    void unsureProblem_asksWhichIsClosest() {
        CommandRun chat = CommandRun.of(folder, "I have a question about my module next year\n", "chat");
        assertThat(chat.out()).contains("Which of these is closest?").contains("Something's broken").contains("Talk to a person");
    }

    @Test
    void fault_asksForDetailsThenRecordsAFaultHandoff() {
        CommandRun chat = CommandRun.of(folder, """
                Panopto recordings from this week are missing for my whole module, students can't see them
                They just show 'processing failed', since Monday
                3
                """, "chat");
        assertThat(chat.out()).contains("That sounds like something isn't working").contains("Since when?")
                .contains("Is a deadline coming up").doesNotContain("How many students are affected?")
                .doesNotContain("  * ");
        assertThat(handoffs()).singleElement().satisfies(request -> assertThat(request)
                .startsWith("FAULT ").contains("processing failed").contains("Panopto"));
    }

    @Test
    void talkToAPerson_atAnyPoint_recordsAHandoffWithTheSummary() {
        CommandRun chat = CommandRun.of(folder, PROBLEM + "\nshow other options\ntalk to a person\n", "chat");
        assertThat(chat.out()).contains("Nobody is available right now");
        assertThat(handoffs()).singleElement().satisfies(request -> assertThat(request)
                .startsWith("TEACHING ").contains("total silence").contains("Tools already suggested")
                .contains("asked for other options"));
    }

    private List<String> handoffs() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:sqlite:" + folder.resolve("doorway.db"),
                Optional.empty(), Optional.empty(), 1);
        try (Database database = Database.open(settings)) {
            return database.withHandle(handle -> handle.createQuery("SELECT kind || ' ' || problem || ' ' || summary FROM handoffs")
                    .mapTo(String.class).list());
        }
    }
}
