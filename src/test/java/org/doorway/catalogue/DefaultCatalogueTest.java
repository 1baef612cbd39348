package org.doorway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doorway.needs.Need;
import org.junit.jupiter.api.Test;

/** The catalogue that ships with Doorway meets the bar the issue sets for it. */
class DefaultCatalogueTest {
    private final CatalogueYaml yaml = new CatalogueYaml(NeedsFixture.vocabulary());

    private Catalogue catalogue() {
        return DefaultCatalogue.load(yaml);
    }

    @Test
    void validatesWithNoErrors() {
        assertThat(yaml.validator().validate(DefaultCatalogue.text())).isEmpty();
    }

    @Test
    void saysItIsExampleData() {
        assertThat(DefaultCatalogue.text().lines().takeWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n")))
                .containsIgnoringCase("example data");
    }

    @Test
    void hasAtLeastFiftyTools() {
        assertThat(catalogue().tools()).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void everyNeedIsServedByAtLeastTwoTools() {
        Catalogue catalogue = catalogue();
        Map<String, Long> toolsPerNeed = catalogue.needs().stream()
                .collect(Collectors.toMap(Need::id, need -> (long) catalogue.toolsFor(need.id()).size()));
        assertThat(toolsPerNeed).allSatisfy((need, tools) -> assertThat(tools).as(need).isGreaterThanOrEqualTo(2));
    }

    @Test
    void everyToolHasGuidesInAtLeastTwoFormats() {
        assertThat(catalogue().tools()).allSatisfy(tool -> assertThat(tool.guides().stream().map(Guide::format).distinct().count())
                .as(tool.id()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void everyLinkIsHttps() {
        List<String> links = catalogue().tools().stream().flatMap(tool -> Stream.of(
                Stream.ofNullable(tool.url()),
                tool.guides().stream().map(Guide::url),
                tool.caseStudies().stream().map(CaseStudy::url).filter(url -> url != null)).flatMap(s -> s)).toList();
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith("https://"));
    }

    @Test
    void roundTripsThroughTheFileFormat() {
        Catalogue catalogue = catalogue();
        assertThat(yaml.parse(yaml.write(catalogue))).isEqualTo(new ParsedCatalogue.Valid(catalogue));
    }
}
