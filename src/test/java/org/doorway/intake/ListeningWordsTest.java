package org.doorway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.doorway.needs.EnglishOrNot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small readers the dialogue listens with: small talk, language, policy questions, routes, times. */
class ListeningWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hi|GREETING", "Good morning!|GREETING", "hello there, how are you?|GREETING",
            "thanks!|THANKS", "cheers, that's brilliant|THANKS", "thank you so much|THANKS",
            "bye|GOODBYE", "cheers, bye|GOODBYE", "that's all for now, thanks|GOODBYE",
            "diolch|THANKS", "diolch yn fawr!|THANKS", "shwmae|GREETING", "bore da|GREETING",
            "hwyl fawr|GOODBYE", "lol|NOISE", "👍|NOISE", "🙂🙂|NOISE", "hmm|NOISE", "ok|NOISE"})
    void smallTalk_isRecognisedWhole(String text, SmallTalk.Kind kind) {
        assertThat(SmallTalk.of(text)).contains(kind);
    }

    @Test
    void smallTalk_inFrontOfAProblemIsNotSmallTalk() {
        assertThat(SmallTalk.of("hi, my quiz won't open")).isEmpty();
        assertThat(SmallTalk.withoutGreeting("Hi there, my quiz won't open")).isEqualTo("my quiz won't open");
        assertThat(SmallTalk.of("thanks but none of those fit")).isEmpty();
    }

    @Test
    void language_welshAndOtherScriptsAreNotEnglish() {
        assertThat(EnglishOrNot.language("Mae fy myfyrwyr eisiau gweithio ar-lein")).contains("Welsh");
        assertThat(EnglishOrNot.language("我的学生不回答问题，我该怎么办")).isPresent();
        assertThat(EnglishOrNot.language("my students never answer questions in the seminar")).isEmpty();
        assertThat(EnglishOrNot.language("Moodle quiz broken")).isEmpty();
    }

    @Test
    void policyQuestions_topicsFromTheWords() {
        assertThat(PolicyQuestion.topics("am i allowed to use padlet with student names in it?"))
                .containsExactlyInAnyOrder(PolicyQuestion.Topic.ALLOWED, PolicyQuestion.Topic.DATA);
        assertThat(PolicyQuestion.topics("is vevox gdpr-approved?")).contains(PolicyQuestion.Topic.DATA);
        assertThat(PolicyQuestion.topics("is miro accessible?")).containsExactly(PolicyQuestion.Topic.ACCESSIBILITY);
        assertThat(PolicyQuestion.topics("does wooclap work with moodle?")).containsExactly(PolicyQuestion.Topic.VLE);
        assertThat(PolicyQuestion.topics("what does perusall cost students?"))
                .containsExactly(PolicyQuestion.Topic.COST);
        assertThat(PolicyQuestion.topics("my students never do the reading")).isEmpty();
    }

    @Test
    void routes_fromTheWords() {
        assertThat(RouteTopics.of("my payslip is wrong")).contains(Route.HR);
        assertThat(RouteTopics.of("the heating is off in my seminar room")).contains(Route.ESTATES);
        assertThat(RouteTopics.of("a clash on my timetable")).contains(Route.TIMETABLING);
        assertThat(RouteTopics.brokenEquipment("my laptop won't turn on")).isTrue();
        assertThat(RouteTopics.brokenEquipment("students answer on their phone")).isFalse();
    }

    @Test
    void institution_namesARouteWithItsContactOrWithout() {
        Institution institution = new Institution("Moodle", java.util.Map.of(Route.IT_SERVICE_DESK, "x1234"));
        assertThat(institution.where(Route.IT_SERVICE_DESK)).isEqualTo("the IT service desk: x1234");
        assertThat(institution.where(Route.URGENT)).isEqualTo("the IT service desk: x1234");
        assertThat(institution.where(Route.HR)).isEqualTo("HR");
        assertThat(Institution.unknown().vleName()).isEqualTo("your VLE");
        assertThat(Institution.unknown().vleName("does mentimeter work with moodle")).isEqualTo("Moodle");
        assertThat(Institution.unknown().vleName("can i use it in d2l")).isEqualTo("D2L");
        assertThat(Institution.unknown().vleName("does it plug in")).isEqualTo("your VLE");
        assertThat(institution.vleName("does it work with canvas")).isEqualTo("Moodle");
    }

    @Test
    void times_carryTheRealZoneAbbreviationOrTheCity() {
        Instant winter = Instant.parse("2026-12-01T09:00:00Z");
        Instant summer = Instant.parse("2027-07-01T08:00:00Z");
        assertThat(Times.when(winter, ZoneId.of("Europe/London"))).isEqualTo("Tuesday 1 December at 09:00 GMT");
        assertThat(Times.when(summer, ZoneId.of("Europe/London"))).isEqualTo("Thursday 1 July at 09:00 BST");
        assertThat(Times.when(winter, ZoneId.of("America/New_York"))).endsWith("04:00 New York time");
    }

    @Test
    void briefReasons_endCleanly() {
        assertThat(SuggestionItems.brief("Turn the pre-lecture video into an interactive one and check the scores "
                + "in the gradebook before the seminar starts so you know who watched."))
                .isEqualTo("Turn the pre-lecture video into an interactive one and check the scores…");
        assertThat(SuggestionItems.brief("Short and sweet.")).isEqualTo("Short and sweet.");
    }
}
