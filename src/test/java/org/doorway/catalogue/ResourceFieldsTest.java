package org.doorway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.doorway.yaml.YamlProblem;
import org.junit.jupiter.api.Test;

/** The catalogue fields behind generated resources: steps, webinar sessions and details, video lengths. */
class ResourceFieldsTest {
    private static final String WEBINAR = "  - {title: \"Live webinar\", format: webinar, url: \"https://example.ac.uk/menti-webinar\", dates: [2027-01-14, 2027-02-11]}";
    private final CatalogueYaml yaml = new CatalogueYaml(NeedsFixture.vocabulary());

    private List<String> errors(String text) {
        return yaml.validator().validate(text).stream().map(YamlProblem::toString).toList();
    }

    private static String webinar(String fields) {
        String text = CatalogueFixture.VALID_YAML;
        assertThat(text).contains(WEBINAR.strip());
        return text.replace("dates: [2027-01-14, 2027-02-11]}", fields + "}");
    }

    private static String withSteps(String steps) {
        return CatalogueFixture.VALID_YAML.replace("    plan-b: \"Show of hands.\"\n", "    plan-b: \"Show of hands.\"\n" + steps);
    }

    @Test
    void timedWebinar_withZoneJoinCapacityAndLinks_roundTrips() {
        String text = webinar("dates: [\"2027-01-14 14:00\", 2027-02-11], time-zone: Europe/London, minutes: 45, "
                + "join: \"https://meet.example.ac.uk/j/1\", capacity: 40, recordings: \"https://example.ac.uk/rec\", "
                + "questions: \"https://example.ac.uk/qa\"");
        assertThat(errors(text)).isEmpty();
        Catalogue catalogue = ((ParsedCatalogue.Valid) yaml.parse(text)).catalogue();
        Guide guide = catalogue.tool("mentimeter").orElseThrow().guides().get(1);
        assertThat(guide.minutes()).isEqualTo(OptionalInt.of(45));
        assertThat(guide.webinar()).hasValueSatisfying(webinar -> {
            assertThat(webinar.sessions()).containsExactly(Session.at(LocalDate.of(2027, 1, 14), LocalTime.of(14, 0)),
                    Session.on(LocalDate.of(2027, 2, 11)));
            assertThat(webinar.zone()).contains(ZoneId.of("Europe/London"));
            assertThat(webinar.join()).contains("https://meet.example.ac.uk/j/1");
            assertThat(webinar.capacity()).isEqualTo(OptionalInt.of(40));
            assertThat(webinar.recordings()).contains("https://example.ac.uk/rec");
            assertThat(webinar.questions()).contains("https://example.ac.uk/qa");
        });
        assertThat(((ParsedCatalogue.Valid) yaml.parse(yaml.write(catalogue))).catalogue()).isEqualTo(catalogue);
    }

    @Test
    void timesWithoutAZone_aTimeTheClocksSkip_andBadValues_areReportedOnTheirLines() {
        assertThat(errors(webinar("dates: [\"2027-01-14 14:00\"]"))).containsExactly(
                "line 23: these dates have times but the webinar has no 'time-zone' — add 'time-zone: Europe/London' "
                        + "(the zone the times are in) to this guide");
        assertThat(errors(webinar("dates: [\"2027-03-28 01:30\"], time-zone: Europe/London"))).containsExactly(
                "line 23: 2027-03-28 01:30 does not exist in Europe/London (the clocks go forward then) — pick a time "
                        + "an hour later or earlier");
        assertThat(errors(webinar("time-zone: Mars/Olympus, join: \"javascript:alert(1)\", capacity: 0, minutes: 0")))
                .containsExactly(
                        "line 23: 'minutes' is 0, not a whole number from 1 to 600 — write the length in whole minutes, e.g. 3 for a three-minute video",
                        "line 23: 'javascript:alert(1)' is not a valid http(s) link — write the full address starting with https://, e.g. https://www.example.ac.uk/guide",
                        "line 23: 'capacity' is 0, not a whole number from 1 to 100000 — write how many people can join, e.g. 40, or leave 'capacity' out",
                        "line 23: 'Mars/Olympus' is not a time zone — use a region name such as Europe/London or America/New_York");
    }

    @Test
    void webinarFieldsOnOtherGuides_minutesOnAOnePager_andMadeFormats_areRefused() {
        String text = CatalogueFixture.VALID_YAML.replace("format: one-page, url: \"https://example.ac.uk/menti.pdf\"}",
                "format: one-page, url: \"https://example.ac.uk/menti.pdf\", minutes: 3, join: \"https://meet.example.ac.uk\"}")
                .replace("format: documentation,", "format: calendar,");
        assertThat(errors(text)).containsExactly(
                "line 22: only videos and webinars have 'minutes' — remove 'minutes' from this guide",
                "line 22: only webinar guides have 'join' — set 'format: webinar' or remove 'join'",
                "line 35: 'calendar' is not a valid guide format — use one of: one-page, video, diagram, webinar, documentation");
    }

    @Test
    void videoMinutes_giveTheLabel() {
        Guide video = new Guide("Tour", GuideFormat.VIDEO, "https://example.ac.uk/v", OptionalInt.of(3), Optional.empty());
        assertThat(video.label()).isEqualTo("3-min video");
        assertThat(new Guide("Tour", GuideFormat.VIDEO, "https://example.ac.uk/v", List.of()).label()).isEqualTo("short video");
    }

    @Test
    void steps_roundTrip_andMoreThanFive_blankOnes_andLongOnes_areReported() {
        String five = withSteps("    steps:\n      - \"Sign in.\"\n      - \"Make a poll.\"\n      - \"Show the code.\"\n"
                + "      - \"Present.\"\n      - \"Discuss the results.\"\n");
        assertThat(errors(five)).isEmpty();
        assertThat(((ParsedCatalogue.Valid) yaml.parse(five)).catalogue().tool("mentimeter").orElseThrow().steps())
                .containsExactly("Sign in.", "Make a poll.", "Show the code.", "Present.", "Discuss the results.");
        String six = five.replace("      - \"Discuss the results.\"\n", "      - \"Discuss the results.\"\n      - \"Again.\"\n");
        assertThat(errors(six)).containsExactly("line 27: 'steps' has 6 steps; a one-page guide has room for 5 — merge "
                + "or drop steps until at most 5 are left; the full guide can hold the rest");
        String bad = withSteps("    steps:\n      - {do: this}\n      - \"" + "x".repeat(161) + "\"\n");
        assertThat(errors(bad)).containsExactly(
                "line 22: a step should be one line of text — write each step as a short sentence, e.g. \"Open your course and choose Add an activity\"",
                "line 23: this step is 161 characters; a step on a one-page guide is at most 160 — shorten it to one sentence");
    }
}
