package org.doorway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.catalogue.CatalogueFixture.withEndDates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.DataProtection;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Reply;
import org.doorway.needs.Classification;
import org.doorway.store.JdbiConversations;
import org.doorway.store.JdbiRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Am I allowed to use X with student names?" about a tool whose licence or
 * data-protection approval ended: the answer says so kindly and offers a
 * person, and "ended" means before today where the institution is. The clock
 * says 30 November 2026, 12:00 UTC: already 1 December in Auckland.
 */
class PolicyEndedTest {
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-30");

    @TempDir
    Path folder;
    private IntakeFixture fixture;

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
        fixture.clock.set(java.time.Instant.parse("2026-11-30T12:00:00Z"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void endedLicence_isTheAnswer_withAPersonToAsk() {
        Reply.Text answer = ask(ZoneId.of("Pacific/Auckland"), "Am I allowed to use Mentimeter with student names?");

        assertThat(answer.text()).contains("Its licence here ended on 30 November 2026", "learning technologist")
                .doesNotContain("Approved for use here");
        assertThat(answer.options()).anySatisfy(option -> assertThat(option.label()).isEqualTo("Talk to a technologist"));
    }

    @Test
    void endedApproval_saysNotWithStudentsNames() {
        Reply.Text answer = ask(ZoneId.of("Pacific/Auckland"), "Is Vevox GDPR approved?");

        assertThat(answer.text()).contains("Its data-protection approval ended on 30 November 2026",
                "don't use it with students' names").doesNotContain("Approved for use here");
    }

    @Test
    void theLastDayItself_isStillFine_inTheInstitutionsTimeZone() {
        Reply.Text answer = ask(ZoneId.of("Europe/London"), "Am I allowed to use Mentimeter with student names?");

        assertThat(answer.text()).contains("Approved for use here").doesNotContain("ended");
    }

    private Reply.Text ask(ZoneId zone, String question) {
        Catalogue catalogue = catalogue();
        Dialogue dialogue = IntakeConfiguration.dialogue(text -> new Classification.Unsure(
                IntakeFixture.ranked("live-engagement"), 0.2), () -> catalogue, (needId, context, offset, limit) -> List.of(),
                fixture.desk, new JdbiConversations(fixture.database), new JdbiRequests(fixture.database), fixture.clock,
                zone);
        return (Reply.Text) fixture.say(dialogue, question).get(0);
    }

    private static Catalogue catalogue() {
        Catalogue base = IntakeFixture.catalogue();
        List<Tool> tools = base.tools().stream().map(tool -> switch (tool.id()) {
            case "mentimeter" -> withEndDates(tool, tool.dataProtection(), LAST_DAY);
            case "vevox" -> withEndDates(tool, new DataProtection(true, "EU", false, "", LAST_DAY), null);
            default -> tool;
        }).toList();
        return new Catalogue(base.needs(), tools);
    }
}
