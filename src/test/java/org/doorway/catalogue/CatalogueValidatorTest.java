package org.doorway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doorway.yaml.YamlProblem;
import org.junit.jupiter.api.Test;

class CatalogueValidatorTest {
    private final CatalogueValidator validator = new CatalogueValidator(NeedsFixture.vocabulary());

    private List<String> errors(String yaml) {
        return validator.validate(yaml).stream().map(YamlProblem::toString).toList();
    }

    private static String replaceLine(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void validFile_hasNoErrors() {
        assertThat(errors(CatalogueFixture.VALID_YAML)).isEmpty();
    }

    @Test
    void unknownNeedId_namesTheLineAndTheNearestId() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "- need: live-engagement", "- need: live-engagment");
        assertThat(errors(yaml)).containsExactly(
                "line 9: unknown need id 'live-engagment' — did you mean 'live-engagement'? Ids are listed in pedagogic-needs.yaml");
    }

    @Test
    void unknownNeedInCaseStudy_isReported() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "needs: [live-engagement]", "needs: [polling]");
        assertThat(errors(yaml)).singleElement().asString().startsWith("line 25: unknown need id 'polling'");
    }

    @Test
    void missingRequiredFields_areEachReportedOnTheEntryLine() {
        String yaml = """
                version: 1
                tools:
                  - name: Nameless
                    url: https://example.ac.uk
                  - id: second
                    name: Second
                    summary: "fine"
                    support: supported
                    needs:
                      - {need: live-engagement, strength: 2}
                    guides: []
                """;
        assertThat(errors(yaml)).containsExactly(
                "line 3: missing required field 'id' — add 'id:' to this entry",
                "line 3: missing required field 'summary' — add 'summary:' to this entry",
                "line 3: missing required field 'needs' — add 'needs:' to this entry",
                "line 3: missing required field 'support' — add 'support:' to this entry",
                "line 3: missing required field 'guides' — add 'guides:' to this entry",
                "line 10: missing required field 'how' — add 'how:' to this entry",
                "line 11: 'guides' is empty — add at least one guide with 'title', 'format' and 'url'");
    }

    @Test
    void badAndNonWebUrls_areReported() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "url: https://www.mentimeter.com", "url: ftp://files.example.ac.uk/x");
        yaml = replaceLine(yaml, "https://example.ac.uk/menti.pdf", "not a link");
        yaml = replaceLine(yaml, "url: \"https://example.ac.uk/cs1\"", "url: \"javascript:alert(1)\"");
        assertThat(errors(yaml)).containsExactly(
                "line 7: 'ftp://files.example.ac.uk/x' is not a valid http(s) link — write the full address starting with https://, e.g. https://www.example.ac.uk/guide",
                "line 22: 'not a link' is not a valid http(s) link — write the full address starting with https://, e.g. https://www.example.ac.uk/guide",
                "line 25: 'javascript:alert(1)' is not a valid http(s) link — write the full address starting with https://, e.g. https://www.example.ac.uk/guide");
    }

    @Test
    void duplicateToolId_pointsAtTheFirstUse() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "- id: moodle-forum", "- id: mentimeter");
        assertThat(errors(yaml)).containsExactly(
                "line 28: duplicate tool id 'mentimeter' (first used on line 4) — give each tool its own id, or merge the two entries");
    }

    @Test
    void badEnumValues_listTheAllowedOnes() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "support: pilot", "support: suported");
        yaml = replaceLine(yaml, "format: one-page", "format: pdf");
        yaml = replaceLine(yaml, "modes: [in-person, online, hybrid]", "modes: [in-person, blended]");
        assertThat(errors(yaml)).containsExactly(
                "line 19: 'blended' is not a valid teaching mode — use one of: in-person, online, hybrid",
                "line 22: 'pdf' is not a valid guide format — use one of: one-page, video, diagram, webinar, documentation",
                "line 33: 'suported' is not a valid support status — did you mean 'supported'? use one of: supported, pilot, not-supported");
    }

    @Test
    void classFit_needsSensibleSizesAndAtLeastOneMode() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "class-fit: {min-size: 1, max-size: 2000, modes: [in-person, online, hybrid]}",
                "class-fit: {min-size: 500, max-size: 20, modes: []}");
        assertThat(errors(yaml)).containsExactly(
                "line 19: max-size 20 is below min-size 500 — swap them or correct one",
                "line 19: 'modes' is empty, so the tool would suit no teaching at all — list at least one of in-person, online, hybrid, or leave 'modes' out to mean all three");
    }

    @Test
    void strengthOutOfRange_isReported() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "strength: 3\n", "strength: 5\n");
        yaml = replaceLine(yaml, "strength: 3}", "strength: two}");
        assertThat(errors(yaml)).containsExactly(
                "line 11: 'strength' is 5, not a whole number from 1 to 3 — use 1 (can be made to do it), 2 (does it well) or 3 (made for it)",
                "line 32: 'strength' is two, not a whole number from 1 to 3 — use 1 (can be made to do it), 2 (does it well) or 3 (made for it)");
    }

    @Test
    void badDates_areReported() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "review-by: 2027-06-30", "review-by: 30/06/2027");
        yaml = replaceLine(yaml, "dates: [2027-01-14, 2027-02-11]", "dates: [2027-02-30]");
        assertThat(errors(yaml)).containsExactly(
                "line 23: '2027-02-30' in 'dates' is not a date — write dates as YYYY-MM-DD, e.g. 2027-06-30, or with a start "
                        + "time as '2027-06-30 14:00'",
                "line 27: '30/06/2027' in 'review-by' is not a date — write dates as YYYY-MM-DD, e.g. 2027-06-30");
    }

    @Test
    void yamlSyntaxError_givesItsLine() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "    name: Moodle Forum", "    name: [Moodle Forum");
        List<YamlProblem> found = validator.validate(yaml);
        assertThat(found).singleElement().satisfies(error -> {
            assertThat(error.message()).startsWith("YAML syntax error");
            assertThat(error.line()).isBetween(29, 30);
        });
    }

    @Test
    void misspeltFieldAndRepeatedKey_areReported() {
        String yaml = replaceLine(CatalogueFixture.VALID_YAML, "    plan-b: \"Show of hands.\"", "    plan-B: \"Show of hands.\"\n    licence: \"again\"");
        assertThat(errors(yaml)).containsExactly(
                "line 20: unknown field 'plan-B' in a tool — did you mean 'plan-b'? the fields are: " + String.join(", ", ToolChecks.TOOL_FIELDS),
                "line 21: 'licence' appears twice in the same entry (first on line 16) — keep one of them; only the last would count");
    }

    @Test
    void emptyFile_andWrongShape_areReported() {
        assertThat(errors("")).containsExactly("the file is empty — start with 'version: 1' and a 'tools:' list");
        assertThat(errors("version: 2\ntools: mentimeter\n")).containsExactly(
                "line 1: 'version' is 2, not a whole number from 1 to 1 — this Doorway reads version 1 files; write 'version: 1'",
                "line 2: 'tools' should be a list — write each item on its own line starting with '- '");
    }
}
