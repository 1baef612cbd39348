package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.needs.ClassifierFixture.CLASSIFIER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneNeedClassifierTest {

    @Test
    void faultBeatsNeed_whenSomethingSetUpIsNotWorking() {
        var answer = CLASSIFIER.classify("the quiz I set up isn't showing to students");

        assertThat(answer).isInstanceOf(Classification.Fault.class);
        assertThat(answer.outcome()).isEqualTo("fault");
    }

    @Test
    void sameToolAskedAsANeed_isNotAFault() {
        var answer = CLASSIFIER.classify("how can I set up a practice quiz with feedback for my first years?");

        assertThat(answer).isNotInstanceOf(Classification.Fault.class);
        assertThat(answer.needs().get(0).needId()).isEqualTo("formative-quiz");
    }

    @Test
    void payAndEstatesMatters_areOutOfScope() {
        assertThat(CLASSIFIER.classify("my pension contributions look wrong on this month's payslip"))
                .isInstanceOf(Classification.OutOfScope.class);
        assertThat(CLASSIFIER.classify("the radiator in room B12 is stone cold"))
                .isInstanceOf(Classification.OutOfScope.class);
    }

    @Test
    void toolNames_reachTheirNeedThroughSynonyms() {
        assertThat(top("is Echo360 available in the new building?")).isEqualTo("lecture-recording");
        assertThat(top("thinking about Perusall for my module")).isEqualTo("pre-class-preparation");
        assertThat(top("could we try Vevox on Thursday?")).isEqualTo("live-engagement");
        assertThat(top("is there a Miro licence I could use with my class?")).isEqualTo("visual-collaboration");
    }

    @Test
    void clearNeed_isMatchedWithConfidence() {
        var answer = CLASSIFIER.classify(
                "I'd like students to book tutorial slots with me online rather than emailing back and forth");

        assertThat(answer).isInstanceOf(Classification.Matched.class);
        assertThat(((Classification.Matched) answer).top().needId()).isEqualTo("appointments");
        assertThat(answer.confidence()).isBetween(0.5, 1.0);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "?!", "ok", "xqzv blorp fnordle wibbly"})
    void emptyShortOrGibberish_isUnsureWithLowConfidence(String text) {
        var answer = CLASSIFIER.classify(text);

        assertThat(answer).isInstanceOf(Classification.Unsure.class);
        assertThat(answer.confidence()).isLessThan(0.5);
        assertThat(answer.needs()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "students can't log in to Moodle since this morning",
        "where do I claim travel expenses?",
        "I want students to reflect weekly in a portfolio",
        "hmm"})
    void everyOutcome_ranksAtLeastThreeDistinctNeedsWithScoresInRange(String text) {
        var answer = CLASSIFIER.classify(text);

        assertThat(answer.needs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answer.needs()).extracting(ScoredNeed::needId).doesNotHaveDuplicates()
                .allMatch(NeedVocabulary.bundled()::contains);
        assertThat(answer.needs()).allSatisfy(n -> assertThat(n.score()).isBetween(0.0, 1.0));
        assertThat(answer.needs()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(answer.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void veryLongInput_isCutAndStillClassified() {
        String text = "I want a discussion forum for my module. ".repeat(5_000);

        var answer = CLASSIFIER.classify(text);

        assertThat(answer.needs().get(0).needId()).isEqualTo("online-discussion");
    }

    @Test
    void concurrentCallers_getTheSameAnswersAsOneCaller() throws Exception {
        var texts = java.util.List.of("students can't submit their essays, the page errors",
                "I want a forum for my module", "who do I ask about parking", "help me mark faster");
        var expected = texts.stream().map(CLASSIFIER::classify).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < 200; i++) {
                int n = i % texts.size();
                futures.add(pool.submit(() -> CLASSIFIER.classify(texts.get(n)).equals(expected.get(n))));
            }
            for (var future : futures) {
                assertThat(future.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String top(String text) {
        return Evaluation.labels(CLASSIFIER.classify(text)).get(0);
    }
}
