package org.doorway.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class NeedVocabularyTest {

    @Test
    void bundled_loadsEveryNeedWithNameAndDescription() {
        var vocabulary = NeedVocabulary.bundled();

        assertThat(vocabulary.needs()).hasSizeGreaterThanOrEqualTo(23);
        assertThat(vocabulary.needs()).allSatisfy(need -> {
            assertThat(need.id()).matches("[a-z-]+");
            assertThat(need.name()).isNotBlank();
            assertThat(need.about()).isNotBlank();
        });
        assertThat(vocabulary.ids()).doesNotContain(Labels.FAULT, Labels.OUT_OF_SCOPE);
    }

    @Test
    void bundled_hasExactlyTheIdsOfTheSharedVocabulary() throws Exception {
        var shared = ClassifierFixture.shared("pedagogic-needs.yaml");
        assumeTrue(shared.isPresent(), "../shared/pedagogic-needs.yaml is absent: nothing to compare with");

        NeedVocabulary contract;
        try (InputStream in = Files.newInputStream(shared.get())) {
            contract = NeedVocabulary.read(in);
        }

        assertThat(NeedVocabulary.bundled().ids()).containsExactlyElementsOf(contract.ids());
    }

    @Test
    void find_unknownId_isEmpty() {
        assertThat(NeedVocabulary.bundled().find("no-such-need")).isEmpty();
        assertThat(NeedVocabulary.bundled().find("formative-quiz")).isPresent();
    }
}
