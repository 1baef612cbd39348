package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FusedNeedClassifierTest {

    private static final List<String> MESSAGES = List.of(
            "nobody answers when I ask the room a question", "Turnitin has said pending since Monday",
            "my payslip is wrong", "students want to book office hours with me");

    @TempDir
    Path cache;

    @Test
    void loadEmbeddings_modelCannotLoad_answersWithLuceneAlone() {
        var vocabulary = NeedVocabulary.bundled();
        var fused = FusedNeedClassifier.withDefaults(vocabulary);

        boolean on = fused.loadEmbeddings(() -> {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path for this platform");
        }, cache);

        assertThat(on).isFalse();
        assertThat(fused.embeddingsOn()).isFalse();
        var lucene = ClassifierFixture.CLASSIFIER;
        for (String message : MESSAGES) {
            assertThat(fused.classify(message)).as(message).isEqualTo(lucene.classify(message));
        }
    }

    @Test
    void loadEmbeddings_modelLoads_fusesAndStillRanksEveryNeed() {
        var fused = FusedNeedClassifier.withDefaults(NeedVocabulary.bundled());

        assertThat(fused.loadEmbeddings(() -> new WordHashEmbedder("words"), cache)).isTrue();

        assertThat(fused.embeddingsOn()).isTrue();
        for (String message : MESSAGES) {
            var answer = fused.classify(message);
            assertThat(answer.needs()).hasSize(LuceneNeedClassifier.RANKED_NEEDS);
            assertThat(answer.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void classify_anotherLanguage_isNotEnglishWithOrWithoutEmbeddings() {
        var fused = FusedNeedClassifier.withDefaults(NeedVocabulary.bundled());
        String welsh = "Helo, sut alla i greu cwis ar gyfer fy myfyrwyr?";

        assertThat(fused.classify(welsh)).isInstanceOf(Classification.NotEnglish.class);
        fused.loadEmbeddings(() -> new WordHashEmbedder("words"), cache);
        assertThat(fused.classify(welsh)).isInstanceOf(Classification.NotEnglish.class);
        assertThat(fused.classify(welsh).outcome()).isEqualTo("not-english");
    }
}
