package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

    private static final List<ScoredNeed> QUIZ = List.of(new ScoredNeed("formative-quiz", 0.8));

    /** A fake classifier: a clause about a crash is a fault, one about ideas a confident need. */
    private static Classification fake(String text) {
        if (text.contains("crashed")) {
            return new Classification.Fault(QUIZ, 0.9);
        }
        return text.contains("better way") ? new Classification.Matched(QUIZ, 0.9) : new Classification.Unsure(QUIZ, 0.3);
    }

    @Test
    void split_atSentencesAndAtWordsThatChangeTheSubject() {
        assertThat(Clauses.split("The quiz crashed this morning. Also I want a better way to run quizzes"))
                .containsExactly("The quiz crashed this morning", "Also I want a better way to run quizzes");
        assertThat(Clauses.split("the quiz crashed, and anyway I want a better way to run weekly quizzes"))
                .containsExactly("the quiz crashed", "anyway I want a better way to run weekly quizzes");
        assertThat(Clauses.split("Panopto crashed this morning. Help!")).containsExactly("Panopto crashed this morning.");
    }

    @Test
    void combine_faultAndConfidentNeed_isTheNeedWithTheFaultFlagged() {
        String text = "the quiz crashed, and anyway I want a better way to run weekly quizzes";

        var answer = Clauses.combine(fake(text), text, ClausesTest::fake);

        assertThat(answer).isInstanceOf(Classification.Matched.class);
        assertThat(answer.alsoFault()).isTrue();
        assertThat(answer.needs().get(0).needId()).isEqualTo("formative-quiz");
    }

    @Test
    void combine_faultWithoutAConfidentNeed_staysAFault() {
        String text = "the quiz crashed this morning. Not sure what to do now";

        var answer = Clauses.combine(new Classification.Fault(QUIZ, 0.9), text, ClausesTest::fake);

        assertThat(answer).isInstanceOf(Classification.Fault.class);
        assertThat(answer.alsoFault()).isFalse();
    }

    @Test
    void combine_oneClause_isTheWholeAnswer() {
        var whole = new Classification.Matched(QUIZ, 0.9);

        assertThat(Clauses.combine(whole, "I want a better way to run quizzes", ClausesTest::fake)).isSameAs(whole);
    }
}
