package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhrasingVectorsTest {

    private static final Map<String, List<String>> LABELLED = Map.of(
            "formative-quiz", List.of("practice quiz", "self test"), "fault", List.of("the quiz crashed"));

    @TempDir
    Path cache;

    @Test
    void of_secondTime_readsTheCacheInsteadOfTheModel() {
        var embedder = new WordHashEmbedder("m1");
        var first = PhrasingVectors.of(embedder, LABELLED, cache);
        int calls = embedder.calls.get();

        var second = PhrasingVectors.of(embedder, LABELLED, cache);

        assertThat(calls).isEqualTo(3);
        assertThat(embedder.calls.get()).isEqualTo(calls);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.label(i)).isEqualTo(first.label(i));
            assertThat(second.vector(i)).containsExactly(first.vector(i));
        }
    }

    @Test
    void of_anotherModelOrOtherTexts_computesAfresh() {
        PhrasingVectors.of(new WordHashEmbedder("m1"), LABELLED, cache);
        var otherModel = new WordHashEmbedder("m2");
        PhrasingVectors.of(otherModel, LABELLED, cache);
        var otherTexts = new WordHashEmbedder("m1");
        PhrasingVectors.of(otherTexts, Map.of("fault", List.of("the quiz froze")), cache);

        assertThat(otherModel.calls.get()).isEqualTo(3);
        assertThat(otherTexts.calls.get()).isEqualTo(1);
    }

    @Test
    void of_cacheNotWritable_stillReturnsTheVectors() throws Exception {
        Path file = Files.writeString(cache.resolve("not-a-directory"), "x");

        var vectors = PhrasingVectors.of(new WordHashEmbedder("m1"), LABELLED, file);

        assertThat(vectors.size()).isEqualTo(3);
    }
}
