package org.doorway.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.Tool;
import org.junit.jupiter.api.Test;

class ResourceOfferTest {
    private final ResourceOffer offer = new ResourceOffer(new ResourceLinks("https://doorway.uni.example/"),
            new Webinars(ZoneId.of("Europe/London")));

    private static Tool tool(String id) {
        return ResourcesFixture.defaultCatalogue().tool(id).orElseThrow();
    }

    @Test
    void aToolWithoutAOnePager_getsThePrintableGuide_andEveryToolGetsTheMapForTheNeed() {
        Tool h5p = tool("h5p");
        assertThat(h5p.guides()).noneMatch(guide -> guide.format() == GuideFormat.ONE_PAGE);
        Tool shown = offer.forSuggestion(h5p, "media-creation", Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(shown.guides()).filteredOn(guide -> guide.format() == GuideFormat.PRINTABLE).singleElement()
                .satisfies(guide -> {
                    assertThat(guide.title()).isEqualTo("Printable guide (PDF)");
                    assertThat(guide.url()).isEqualTo("https://doorway.uni.example/guides/h5p.pdf");
                });
        assertThat(shown.guides()).filteredOn(guide -> guide.format() == GuideFormat.MAP).singleElement()
                .extracting(Guide::url).isEqualTo("https://doorway.uni.example/catalogue/map.svg?need=media-creation");
        Tool quiz = offer.forSuggestion(tool("moodle-quiz"), "formative-quiz", Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(quiz.guides()).noneMatch(guide -> guide.format() == GuideFormat.PRINTABLE);
        assertThat(quiz.guides()).anyMatch(guide -> guide.label().equals("6-min video"));
    }

    @Test
    void onlyTheNextSessionShows_withItsInvite_andPastSessionsNever() {
        Tool panopto = tool("panopto");
        Tool inJanuary = offer.forSuggestion(panopto, "lecture-recording", Instant.parse("2027-01-12T14:30:00Z"));
        Guide webinar = inJanuary.guides().stream().filter(guide -> guide.format() == GuideFormat.WEBINAR)
                .findFirst().orElseThrow();
        LocalDate first = panopto.guides().stream().filter(guide -> guide.format() == GuideFormat.WEBINAR)
                .findFirst().orElseThrow().dates().get(0);
        assertThat(webinar.dates()).hasSize(1).doesNotContain(first);
        Guide invite = inJanuary.guides().stream().filter(guide -> guide.format() == GuideFormat.CALENDAR)
                .findFirst().orElseThrow();
        assertThat(invite.url()).startsWith("https://doorway.uni.example/webinars/panopto.").endsWith(".ics")
                .contains(webinar.dates().get(0).toString());
        assertThat(invite.label()).isEqualTo("add to my calendar");

        Tool afterAll = offer.forSuggestion(panopto, "lecture-recording", Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(afterAll.guides()).filteredOn(guide -> guide.format() == GuideFormat.WEBINAR)
                .allSatisfy(guide -> assertThat(guide.dates()).isEmpty());
        assertThat(afterAll.guides()).noneMatch(guide -> guide.format() == GuideFormat.CALENDAR);
    }

    @Test
    void guidesKeepTheShowingOrder() {
        Tool shown = offer.forSuggestion(tool("mentimeter"), "live-engagement", Instant.parse("2026-12-03T09:00:00Z"));
        List<GuideFormat> formats = shown.guides().stream().map(Guide::format).toList();
        assertThat(formats).isSorted().contains(GuideFormat.WEBINAR, GuideFormat.CALENDAR, GuideFormat.MAP);
    }
}
