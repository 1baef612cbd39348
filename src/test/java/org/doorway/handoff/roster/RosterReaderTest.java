package org.doorway.handoff.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.doorway.handoff.Shift;
import org.doorway.handoff.Technologist;
import org.doorway.yaml.YamlProblem;
import org.junit.jupiter.api.Test;

class RosterReaderTest {
    private final RosterReader reader = new RosterReader(KnownExpertise.bundledNeeds());

    private static String roster(String... entryLines) {
        return "technologists:\n" + String.join("\n", entryLines) + "\n";
    }

    private static final String[] GOOD = {
        "  - name: Alex Rivera",                                                 // line 2
        "    slack: U0123ABC",
        "    email: alex@uni.example",
        "    timezone: Europe/London",                                           // line 5
        "    hours: {mon: \"09:00-17:00\", tue: \"09:00-12:00, 13:00-17:00\"}",
        "    away: [{from: 2026-12-21, to: 2027-01-02}]",
        "    expertise: [live-engagement, peer-assessment, mentimeter]",
        "    capacity: 4",
        "    available: true"                                                    // line 10
    };

    private List<String> problems(String yaml) {
        return reader.read(yaml).problems().stream().map(YamlProblem::toString).toList();
    }

    @Test
    void readsTheIssuesShape() {
        RosterReader.Result result = reader.read(roster(GOOD));

        assertThat(result.ok()).isTrue();
        Technologist alex = result.technologists().get(0);
        assertThat(alex.id()).isEqualTo("alex@uni.example");
        assertThat(alex.chatId("slack")).contains("U0123ABC");
        assertThat(alex.hours().on(DayOfWeek.TUESDAY)).containsExactly(
                new Shift(LocalTime.of(9, 0), LocalTime.of(12, 0)), new Shift(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        assertThat(alex.expertise()).containsExactly("live-engagement", "peer-assessment", "mentimeter");
        assertThat(result.problems()).extracting(YamlProblem::toString).containsExactly("line 8: warning: "
                + "'mentimeter' is not a need id, so it is taken as a tool id (no catalogue to check it against) "
                + "— use an id from pedagogic-needs.yaml or the catalogue");
    }

    @Test
    void theShippedExampleIsValid() throws IOException {
        RosterReader.Result result = reader.read(Files.readString(Path.of("examples/roster.yaml")));
        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        assertThat(result.technologists()).hasSize(3);
    }

    @Test
    void unknownTimeZone_namesTheLineAndTheLikelyZone() {
        String[] lines = GOOD.clone();
        lines[3] = "    timezone: Europe/Londn";
        assertThat(problems(roster(lines))).contains(
                "line 5: 'Europe/Londn' is not a time zone — did you mean Europe/London?");
    }

    @Test
    void badHours_andShiftsThatEndBeforeTheyStart() {
        String[] lines = GOOD.clone();
        lines[4] = "    hours: {mon: \"9-5\", tue: \"17:00-09:00\", funday: \"09:00-10:00\"}";
        assertThat(problems(roster(lines))).containsExactly(
                "line 6: hours for mon: '9-5' is not in the form HH:MM-HH:MM — write mon: \"09:00-17:00\" "
                        + "(24-hour clock; several shifts comma-separated)",
                "line 6: hours for tue: the shift 17:00-09:00 ends before it starts — write tue: \"09:00-17:00\" "
                        + "(24-hour clock; several shifts comma-separated)",
                "line 6: 'funday' is not a day — use mon, tue, wed, thu, fri, sat or sun",
                "line 8: warning: 'mentimeter' is not a need id, so it is taken as a tool id (no catalogue to check "
                        + "it against) — use an id from pedagogic-needs.yaml or the catalogue");
    }

    @Test
    void absenceThatEndsBeforeItStarts() {
        String[] lines = GOOD.clone();
        lines[5] = "    away: [{from: 2027-01-02, to: 2026-12-21}]";
        assertThat(problems(roster(lines))).contains("line 7: the absence ends (2026-12-21) before it starts "
                + "(2027-01-02) — swap from and to");
    }

    @Test
    void capacityBelowOne_andUnknownFields() {
        String[] lines = GOOD.clone();
        lines[7] = "    capacity: 0";
        lines[8] = "    availabel: true";
        assertThat(problems(roster(lines))).contains(
                "line 9: capacity is 0 but must be at least 1 — set capacity to how many open handoffs they "
                        + "take at once, or set available: false",
                "line 10: 'availabel' is not a roster field — did you mean 'available'?");
    }

    @Test
    void duplicateEmailAndSlackId() {
        String yaml = roster(GOOD) + String.join("\n", GOOD).replace("Alex Rivera", "Alex Again")
                .replace("alex@uni.example", "ALEX@uni.example") + "\n";
        assertThat(problems(yaml)).contains(
                "line 12: the slack U0123ABC is already used on line 3 — give each person their own slack",
                "line 13: the email ALEX@uni.example is already used on line 4 — give each person their own email");
        assertThat(reader.read(yaml).technologists()).isEmpty();
    }

    @Test
    void misspeltNeedId_isAnErrorEvenWithoutACatalogue() {
        String[] lines = GOOD.clone();
        lines[6] = "    expertise: [peer-asessment]";
        assertThat(problems(roster(lines))).containsExactly(
                "line 8: 'peer-asessment' is not a need id — did you mean peer-assessment?");
    }

    @Test
    void unknownExpertise_isAnErrorWhenTheCatalogueIsKnown() {
        RosterReader withCatalogue = new RosterReader(KnownExpertise.bundledNeeds().withTools(Set.of("mentimeter")));
        String[] lines = GOOD.clone();
        lines[6] = "    expertise: [peer-assesment, mentimeter, padlet]";
        assertThat(withCatalogue.read(roster(lines)).problems()).extracting(YamlProblem::toString).containsExactly(
                "line 8: 'peer-assesment' is neither a need nor a tool in the catalogue — did you mean "
                        + "peer-assessment?",
                "line 8: 'padlet' is neither a need nor a tool in the catalogue — use an id from "
                        + "pedagogic-needs.yaml or the catalogue");
    }

    @Test
    void missingFieldsAndBrokenYaml() {
        assertThat(problems(roster("  - name: Nobody"))).contains(
                "line 2: 'email' is missing — add email: alex@uni.example",
                "line 2: 'timezone' is missing — add timezone: Europe/London",
                "line 2: warning: no chat identity yet, so requests skip them until they first message Doorway in "
                        + "Teams (matched by email) — add slack: U0123ABC (their Slack member id) or teams: their "
                        + "Microsoft Entra ID object id (Teams)");
        assertThat(problems("technologists:\n  - name: [unclosed\n")).singleElement().asString()
                .startsWith("line 3: the file is not valid YAML");
        assertThat(problems("people: []\n")).singleElement().asString()
                .startsWith("line 1: there is no 'technologists:' list");
    }
}
