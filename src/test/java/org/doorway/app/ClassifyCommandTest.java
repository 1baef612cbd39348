package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void jsonl_writesOneContractLinePerInput() throws Exception {
        CommandRun run = CommandRun.of(folder, """
                {"id":"a","text":"I want my seminar groups to mark each other's drafts against the rubric"}
                {"id":7,"text":"Panopto keeps saying error 403 when students open last week's recording"}
                {"id":"c","text":"who do I ask about my parking permit"}
                """, "classify", "--jsonl");

        assertThat(run.code()).isZero();
        List<JsonNode> lines = run.out().lines().map(this::parse).toList();
        assertThat(lines).hasSize(3);
        for (JsonNode line : lines) {
            assertThat(line.fieldNames()).toIterable()
                    .containsExactly("id", "outcome", "confidence", "needs", "tools");
            assertThat(line.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(line.get("needs").size()).isGreaterThanOrEqualTo(3);
            assertThat(line.get("needs").get(0).fieldNames()).toIterable().containsExactly("id", "score");
            assertThat(line.get("tools").size()).isLessThanOrEqualTo(3);
        }
        assertThat(lines.get(0).get("outcome").asText()).isEqualTo("need");
        assertThat(lines.get(0).get("needs").get(0).get("id").asText()).isEqualTo("peer-assessment");
        assertThat(lines.get(0).get("tools").get(0).fieldNames()).toIterable().containsExactly("id", "name", "needs");
        assertThat(lines.get(0).get("tools").get(0).get("needs").toString()).contains("peer-assessment");
        assertThat(lines.get(1).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(1).get("outcome").asText()).isEqualTo("fault");
        assertThat(lines.get(1).get("tools").size()).isZero();
        assertThat(lines.get(2).get("outcome").asText()).isEqualTo("out-of-scope");
    }

    @Test
    void jsonl_faultBesideANeed_addsAlsoFault_andAnotherLanguage_isNotEnglish() throws Exception {
        CommandRun run = CommandRun.of(folder, """
                {"id":"m","text":"the quiz froze for everyone this morning, and more generally I'd like a better way to run weekly practice quizzes"}
                {"id":"w","text":"Helo, sut alla i greu cwis ar gyfer fy myfyrwyr?"}
                """, "classify", "--jsonl");

        assertThat(run.code()).isZero();
        List<JsonNode> lines = run.out().lines().map(this::parse).toList();
        assertThat(lines.get(0).get("outcome").asText()).isEqualTo("need");
        assertThat(lines.get(0).get("needs").get(0).get("id").asText()).isEqualTo("formative-quiz");
        assertThat(lines.get(0).get("also_fault").asBoolean()).isTrue();
        assertThat(lines.get(1).get("outcome").asText()).isEqualTo("not-english");
        assertThat(lines.get(1).get("tools").size()).isZero();
    }

    @Test
    void jsonl_badLineIsSaidAndSkippedWithoutLosingTheRest() {
        CommandRun run = CommandRun.of(folder, "not json\n{\"id\":\"b\",\"text\":\"quiz for practice\"}\n",
                "classify", "--jsonl");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("line 1 is not");
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).contains("\"id\":\"b\"");
    }

    @Test
    void readable_namesTheOutcomeNeedsAndTools() {
        CommandRun run = CommandRun.of(folder, "", "classify", "350 first-years and silence when I ask a question");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Outcome:    a teaching need").contains("live-engagement").contains("Tools:");
    }

    @Test
    void noText_saysHowToUseIt() {
        CommandRun run = CommandRun.of(folder, "", "classify");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("give the problem in quotes");
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception notJson) {
            throw new AssertionError("not JSON: " + line, notJson);
        }
    }
}
