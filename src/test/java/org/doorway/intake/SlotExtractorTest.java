package org.doorway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.catalogue.DefaultCatalogue;
import org.doorway.needs.NeedVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotExtractorTest {
    static final Catalogue CATALOGUE = DefaultCatalogue.load(new CatalogueYaml(NeedVocabulary.bundled().needs()));
    final SlotExtractor slots = new SlotExtractor(() -> CATALOGUE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "About 350 first-years and nobody answers in lectures|350",
            "a class of 20 on Thursday mornings|20",
            "three hundred in the room for the intro module|300",
            "I've got a cohort of 1,200 on the MSc|1200",
            "roughly a hundred and fifty students, all online|150",
            "we have 45 nursing students|45",
            "a couple of hundred undergrads|200",
            "300+ students in LT1|300",
            "twenty-five second years|25",
            "group of 6 PhD students|6"})
    void cohortSize_fromWhatPeopleSay(String text, int students) {
        assertThat(slots.read(text).students()).isEqualTo(OptionalInt.of(students));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my lecture starts in 10 minutes",
            "essays of 2,000 words for week 5",
            "year 2 students keep missing deadlines",
            "room 2.14 projector",
            "I've been teaching for 20 years",
            "the 3 tools you suggested"})
    void cohortSize_notFromOtherNumbers(String text) {
        assertThat(slots.read(text).students()).isEmpty();
    }

    @Test
    void cohortSize_asAReplyToTheQuestion() {
        assertThat(CohortSize.asAnswer("about 150")).isEqualTo(OptionalInt.of(150));
        assertThat(CohortSize.asAnswer("150ish")).isEqualTo(OptionalInt.of(150));
        assertThat(CohortSize.asAnswer("a hundred and fifty")).isEqualTo(OptionalInt.of(150));
        assertThat(CohortSize.asAnswer("150 students, all online")).isEqualTo(OptionalInt.of(150));
        assertThat(CohortSize.asAnswer("no idea yet")).isEmpty();
        assertThat(CohortSize.band(150)).isEqualTo("large");
        assertThat(CohortSize.band(12)).isEqualTo("small");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "150 students, all online|online",
            "in a lecture theatre with 300|in-person",
            "half of them are joining remotely|hybrid",
            "some in the room and some on Teams|hybrid",
            "face to face seminars|in-person",
            "distance learners in three time zones|online",
            "both|hybrid"})
    void mode_fromWords(String text, String mode) {
        assertThat(slots.read(text).mode()).isEqualTo(Optional.of(mode));
    }

    @Test
    void mode_notFromOnlineThings() {
        assertThat(slots.read("I want to set an online quiz").mode()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my test starts in 10 mins|now",
            "I need it for this afternoon|today",
            "for tomorrow's seminar|this-week",
            "next week's lab|next-week",
            "sometime before term starts|next-term",
            "before reading week|this-term",
            "no rush|this-term"})
    void when_fromWords(String text, String when) {
        assertThat(slots.read(text).when()).isEqualTo(Optional.of(when));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'm not techy at all|new",
            "something free and easy please|new",
            "I'm not very confident with technology|new",
            "I'm pretty comfortable with tech|confident"})
    void confidence_fromWords(String text, String confidence) {
        assertThat(slots.read(text).confidence()).isEqualTo(Optional.of(confidence));
    }

    @Test
    void confidence_asAReply() {
        assertThat(ConfidenceWords.asAnswer("not very")).contains("new");
        assertThat(ConfidenceWords.asAnswer("fairly")).contains("some");
        assertThat(ConfidenceWords.asAnswer("very")).contains("confident");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "moodle is down and my test starts in 10 mins|a teaching session starts within the hour",
            "Turnitin won't accept submissions and the deadline is at 5 today|an exam or deadline is today",
            "nobody can log in to Panopto|it affects everyone",
            "Moodle has gone down|the system is down"})
    void urgency_fromWords(String text, String reason) {
        assertThat(slots.read(text).urgency()).isEqualTo(Optional.of(reason));
    }

    @Test
    void urgency_notFromAnOrdinaryFault() {
        assertThat(slots.read("one student can't see the quiz since Tuesday").urgency()).isEmpty();
    }

    @Test
    void tools_byNameAliasIdAndFamily() {
        assertThat(slots.read("is Menti better than Vevox?").tools()).extracting(ToolMentions.Mention::name)
                .containsExactly("Mentimeter", "Vevox");
        assertThat(slots.read("can I use padlet with student names").tools()).extracting(ToolMentions.Mention::name)
                .containsExactly("Padlet");
        assertThat(slots.read("the Moodle quiz is broken").tools()).extracting(ToolMentions.Mention::name)
                .containsExactly("Moodle Quiz");
        assertThat(slots.read("moodle is down").tools()).extracting(ToolMentions.Mention::name)
                .containsExactly("Moodle");
        assertThat(slots.read("does Articulate work with the VLE").tools()).extracting(ToolMentions.Mention::name)
                .containsExactly("Articulate 360 (Storyline and Rise)");
        assertThat(slots.read("students work in teams of four").tools()).isEmpty();
    }
}
