package org.doorway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.catalogue.CatalogueFixture.catalogue;
import static org.doorway.catalogue.CatalogueFixture.fit;
import static org.doorway.catalogue.CatalogueFixture.tool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ToolRankerTest {
    private static final String NEED = "live-engagement";
    private final ToolRanker ranker = new ToolRanker();

    private static List<String> ids(List<RankedTool> ranked) {
        return ranked.stream().map(r -> r.tool().id()).toList();
    }

    private static TeachingContext context(Integer size, TeachingMode mode) {
        return new TeachingContext(size == null ? OptionalInt.empty() : OptionalInt.of(size), Optional.ofNullable(mode),
                Optional.empty(), Optional.empty());
    }

    @Test
    void equallyStrongTools_rankSupportedThenPilotThenNotSupported() {
        Catalogue catalogue = catalogue(
                tool("c-none", NEED, 3, SupportStatus.NOT_SUPPORTED),
                tool("b-pilot", NEED, 3, SupportStatus.PILOT),
                tool("a-supported", NEED, 3, SupportStatus.SUPPORTED));

        assertThat(ids(ranker.rank(catalogue, NEED, TeachingContext.unknown(), 3))).containsExactly("a-supported", "b-pilot", "c-none");
    }

    @Test
    void strengthCounts_andSupportedBeatsAStrongerUnsupportedTool() {
        Catalogue catalogue = catalogue(
                tool("weak-supported", NEED, 1, SupportStatus.SUPPORTED),
                tool("strong-unsupported", NEED, 3, SupportStatus.NOT_SUPPORTED),
                tool("good-supported", NEED, 2, SupportStatus.SUPPORTED));

        assertThat(ids(ranker.rank(catalogue, NEED, TeachingContext.unknown(), 3)))
                .containsExactly("good-supported", "strong-unsupported", "weak-supported");
    }

    @Test
    void knownCohortSizeAndMode_sinkToolsThatDoNotSuit() {
        Catalogue catalogue = catalogue(
                tool("small-rooms", "Small rooms", NEED, 3, SupportStatus.SUPPORTED, fit(1, 50, TeachingMode.IN_PERSON, TeachingMode.ONLINE), List.of()),
                tool("online-only", "Online only", NEED, 3, SupportStatus.SUPPORTED, fit(1, 5000, TeachingMode.ONLINE), List.of()),
                tool("any-size", "Any size", NEED, 2, SupportStatus.PILOT, ClassFit.ANY, List.of()));

        assertThat(ids(ranker.rank(catalogue, NEED, context(350, TeachingMode.IN_PERSON), 3)))
                .containsExactly("any-size", "online-only", "small-rooms");
        assertThat(ids(ranker.rank(catalogue, NEED, context(20, TeachingMode.IN_PERSON), 3)))
                .containsExactly("small-rooms", "any-size", "online-only");
        assertThat(ids(ranker.rank(catalogue, NEED, context(null, TeachingMode.ONLINE), 3)))
                .containsExactly("online-only", "small-rooms", "any-size");
    }

    @Test
    void caseStudyForThisNeed_breaksAnOtherwiseEqualRanking() {
        CaseStudy forThisNeed = new CaseStudy("350 voices", "Polls in law.", "Dr A", List.of(NEED), null);
        CaseStudy forAnotherNeed = new CaseStudy("Forum", "Forums.", "Dr B", List.of("online-discussion"), null);
        Catalogue catalogue = catalogue(
                tool("a-other-evidence", "A", NEED, 2, SupportStatus.SUPPORTED, ClassFit.ANY, List.of(forAnotherNeed)),
                tool("b-evidence", "B", NEED, 2, SupportStatus.SUPPORTED, ClassFit.ANY, List.of(forThisNeed)));

        assertThat(ids(ranker.rank(catalogue, NEED, TeachingContext.unknown(), 2))).containsExactly("b-evidence", "a-other-evidence");
    }

    @Test
    void ties_goByNameWhateverTheCatalogueOrder() {
        Catalogue catalogue = catalogue(
                tool("z", "zoom", NEED, 2, SupportStatus.PILOT, ClassFit.ANY, List.of()),
                tool("a", "Padlet", NEED, 2, SupportStatus.PILOT, ClassFit.ANY, List.of()),
                tool("m", "Mentimeter", NEED, 2, SupportStatus.PILOT, ClassFit.ANY, List.of()));

        assertThat(ids(ranker.rank(catalogue, NEED, TeachingContext.unknown(), 3))).containsExactly("m", "a", "z");
        assertThat(ids(ranker.rank(catalogue, NEED, context(10, TeachingMode.HYBRID), 3))).containsExactly("m", "a", "z");
    }

    @Test
    void pages_continueWhereTheFirstStopped() {
        Catalogue catalogue = catalogue(
                tool("t1", NEED, 3, SupportStatus.SUPPORTED), tool("t2", NEED, 3, SupportStatus.PILOT),
                tool("t3", NEED, 2, SupportStatus.SUPPORTED), tool("t4", NEED, 1, SupportStatus.SUPPORTED),
                tool("t5", "formative-quiz", 3, SupportStatus.SUPPORTED));
        TeachingContext known = context(100, TeachingMode.ONLINE);

        assertThat(ids(ranker.rank(catalogue, NEED, known, 0, 2))).containsExactly("t1", "t2");
        assertThat(ids(ranker.rank(catalogue, NEED, known, 2, 2))).containsExactly("t3", "t4");
        assertThat(ranker.rank(catalogue, NEED, known, 4, 2)).isEmpty();
        assertThat(CatalogueIndex.of(catalogue).count(NEED)).isEqualTo(4);
    }

    @Test
    void rankedTool_carriesTheFitThatExplainsIt_andItsScore() {
        Tool small = tool("small", "Small", NEED, 3, SupportStatus.SUPPORTED, fit(1, 30, TeachingMode.IN_PERSON), List.of());
        RankedTool ranked = ranker.rank(catalogue(small), NEED, context(300, TeachingMode.IN_PERSON), 1).get(0);

        assertThat(ranked.fit().how()).isEqualTo("It serves live-engagement.");
        assertThat(ranked.score()).isEqualTo(3 * 10 + 12 - 25);
    }

    @Test
    void everyPage_agreesWithANaiveSortOfTheWholeCatalogue() {
        Random random = new Random(7);
        List<Tool> tools = new ArrayList<>();
        TeachingMode[] modes = TeachingMode.values();
        for (int i = 0; i < 300; i++) {
            int min = 1 + random.nextInt(100);
            tools.add(tool("t" + i, "Tool " + random.nextInt(50), NEED, 1 + random.nextInt(3),
                    SupportStatus.values()[random.nextInt(3)], fit(min, min + random.nextInt(500), modes[random.nextInt(3)]), List.of()));
        }
        Catalogue catalogue = new Catalogue(NeedsFixture.vocabulary(), tools);
        TeachingContext known = context(120, TeachingMode.HYBRID);
        List<String> naive = ranker.rank(catalogue, NEED, known, 0, 300).stream()
                .sorted(Comparator.comparingDouble((RankedTool r) -> -r.score()).thenComparing(r -> r.tool(), CatalogueIndex.BY_NAME))
                .map(r -> r.tool().id()).toList();

        assertThat(ids(ranker.rank(catalogue, NEED, known, 0, 300))).isEqualTo(naive);
        for (int offset = 0; offset < 300; offset += 3) {
            assertThat(ids(ranker.rank(catalogue, NEED, known, offset, 3))).as("page at " + offset)
                    .isEqualTo(naive.subList(offset, offset + 3));
        }
    }

    @Test
    void unknownNeed_givesNoTools() {
        assertThat(ranker.rank(catalogue(tool("t1", NEED, 3, SupportStatus.SUPPORTED)), "fault", TeachingContext.unknown(), 3)).isEmpty();
    }
}
