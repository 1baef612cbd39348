package org.doorway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.doorway.needs.NeedVocabulary;
import org.junit.jupiter.api.Test;

/** One entry checked for a form: the rules of {@code catalogue validate}, located by field instead of line. */
class EntryCheckTest {
    private final CatalogueYaml yaml = new CatalogueYaml(NeedVocabulary.bundled().needs());
    private final Tool sample = DefaultCatalogue.load(yaml).tools().get(0);

    @Test
    void storedEntry_hasNoProblems() {
        assertThat(yaml.validator().checkEntry(ToolCodec.toTree(sample), Set.of())).isEmpty();
    }

    @Test
    void problems_carryThePointerOfTheirField() {
        ObjectNode entry = ToolCodec.toTree(sample);
        entry.put("url", "javascript:alert(1)");
        entry.remove("name");
        ((ObjectNode) entry.withArray("needs").get(0)).put("need", "live-engagment");
        List<FieldProblem> problems = yaml.validator().checkEntry(entry, Set.of());
        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("/name", "/url", "/needs/0/need");
        assertThat(problems).filteredOn(problem -> problem.field().equals("/needs/0/need")).singleElement()
                .satisfies(problem -> assertThat(problem.fix()).contains("did you mean 'live-engagement'"));
    }

    @Test
    void anIdTakenByAnotherEntry_isAProblem() {
        assertThat(yaml.validator().checkEntry(ToolCodec.toTree(sample), Set.of(sample.id())))
                .extracting(FieldProblem::field).containsExactly("/id");
    }

    @Test
    void theFileChecks_stillReportLines() {
        String text = "version: 1\ntools:\n  - id: x\n";
        assertThat(yaml.validator().validate(text)).allSatisfy(error -> assertThat(error.line()).isEqualTo(3));
    }
}
