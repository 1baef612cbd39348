package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A message and its clauses are embedded side by side: each vector must be the one the text gets
 * on its own, and the one langchain4j's encoder gave before Doorway ran the model itself (so the
 * cached phrasing vectors and the tuned fusion stay valid).
 */
class OnnxBatchTest {
    private static final double TOLERANCE = 1e-5;
    private static OnnxTextEmbedder model;
    private static List<String> texts;

    @BeforeAll
    static void load() {
        model = OnnxTextEmbedder.load();
        var all = new ArrayList<String>();
        LuceneNeedClassifier.withDefaults(NeedVocabulary.bundled()).labelledTexts().values().forEach(all::addAll);
        texts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += all.size() / 80) {
            texts.add(all.get(i)); // about 80 phrasings of every length, spread over the labels
        }
        texts.add("The quiz froze halfway through today. Separately, I'd like a better way to run weekly quizzes "
                + "with my first years, ideally with instant feedback on each question.");
        // a hundred long words: far more tokens than the model reads, cut as langchain4j's encoder cut them
        texts.add("https://vle.example.ac.uk/mod/turnitintooltwo/view.php?id=48213&amp;part=submission ".repeat(100));
    }

    @Test
    void embedAll_groupsOfMixedLengths_equalEachTextOnItsOwn() {
        for (int from = 0; from < texts.size(); from += 4) {
            var group = texts.subList(from, Math.min(texts.size(), from + 4));
            var together = model.embedAll(group);
            for (int i = 0; i < group.size(); i++) {
                assertClose(together.get(i), model.embed(group.get(i)), group.get(i));
            }
        }
    }

    @Test
    void embed_equalsLangchain4jsOwnEncoder() {
        var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String text : texts) {
            assertClose(model.embed(text), Vectors.unit(reference.embed(text).content().vector()), text);
        }
    }

    @Test
    void cachedEmbedAll_equalsOneByOne_andRemembersEachText() {
        var cached = new CachedTextEmbedder(model, 100);
        var group = texts.subList(0, 5);
        var together = cached.embedAll(group);
        for (int i = 0; i < group.size(); i++) {
            assertClose(together.get(i), model.embed(group.get(i)), group.get(i));
            assertThat(cached.embed(group.get(i))).as("remembered").isSameAs(together.get(i));
        }
    }

    private static void assertClose(float[] actual, float[] expected, String text) {
        assertThat(actual).hasSameSizeAs(expected);
        double worst = 0;
        for (int d = 0; d < actual.length; d++) {
            worst = Math.max(worst, Math.abs(actual[d] - expected[d]));
        }
        assertThat(worst).as("largest difference for \"%s\"", text).isLessThan(TOLERANCE);
    }
}
