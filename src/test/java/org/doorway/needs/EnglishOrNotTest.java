package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishOrNotTest {

    private final EnglishOrNot detector = new EnglishOrNot();

    @ParameterizedTest
    @ValueSource(strings = {
        "Sut alla i gael fy myfyrwyr i ateb cwestiynau yn y ddarlith?",
        "Mae'r cwis wedi diflannu o'r modiwl ac nid oes neb yn gallu ei weld",
        "Je cherche un outil pour que les étudiants votent pendant le cours",
        "Mis alumnos no pueden ver las notas del examen, ¿qué hago?",
        "Ich möchte, dass die Studierenden sich gegenseitig Feedback geben",
        "Vorrei registrare le lezioni per gli studenti che non possono venire",
    })
    void notEnglish_namesOtherLanguages(String text) {
        assertThat(detector.notEnglish(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "我的学生不回答问题，我该怎么办",
        "Moi studenci nigdy nie odpowiadają na pytania podczas wykładu",
    })
    void language_anotherScriptOrNoEnglishWordAtAll_isAnotherLanguage(String text) {
        assertThat(EnglishOrNot.language(text)).contains(EnglishOrNot.OTHER);
    }

    @Test
    void language_welsh_isNamed() {
        assertThat(EnglishOrNot.language("Mae fy myfyrwyr eisiau gweithio ar-lein")).contains("Welsh");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Moodle quiz broken",
        "Turnitin similarity scores look weird today",
        "merci for the help last week, now the quiz is not loading",
        "Padlet la la land: students post nothing",
        "Je suis Charlie was the theme of my French seminar, want a debate tool",
        "wnat to set up the el quizes for my spanish module on moodle",
        "how do i get die-hard lurkers to post on the forum",
        "",
    })
    void notEnglish_leavesEnglishAlone(String text) {
        assertThat(detector.notEnglish(text)).isNull();
    }

    @Test
    void notEnglish_neverFlagsAnEnglishExamplePhrasing() {
        var phrasings = ExamplePhrasings.bundled(NeedVocabulary.bundled());

        phrasings.byLabel().values().stream().flatMap(java.util.List::stream)
                .forEach(text -> assertThat(detector.notEnglish(text)).as(text).isNull());
    }
}
