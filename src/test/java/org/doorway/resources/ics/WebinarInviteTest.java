package org.doorway.resources.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.doorway.catalogue.ClassFit;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.NeedFit;
import org.doorway.catalogue.Session;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.Webinar;
import org.doorway.resources.ResourcesFixture;
import org.doorway.resources.ScheduledSession;
import org.doorway.resources.Webinars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebinarInviteTest {
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private final WebinarInvite invite = new WebinarInvite(Clock.fixed(NOW, ZoneOffset.UTC), "doorway.uni.example");

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "Europe/London, 2027-03-24, 14:00", "Europe/London, 2027-03-31, 14:00",
        "Europe/London, 2027-10-27, 09:30", "Europe/London, 2027-11-03, 09:30",
        "America/New_York, 2027-03-10, 12:00", "America/New_York, 2027-03-17, 12:00",
        "Australia/Sydney, 2027-03-31, 10:00", "Australia/Sydney, 2027-04-07, 10:00",
        "Asia/Kolkata, 2027-06-01, 15:00"})
    void theTimeZone_roundTripsThroughACalendarLibrary_onBothSidesOfAClockChange(String zone, LocalDate date,
            LocalTime time) throws Exception {
        ScheduledSession session = session(ZoneId.of(zone), Session.at(date, time), "Marking online");
        Calendar calendar = new CalendarBuilder().build(new StringReader(invite.write(session)));
        VTimeZone definition = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        TimeZone parsed = new TimeZone(definition);
        java.util.Calendar local = java.util.Calendar.getInstance(parsed);
        local.clear();
        local.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), time.getHour(), time.getMinute());
        assertThat(Instant.ofEpochMilli(local.getTimeInMillis()))
                .isEqualTo(date.atTime(time).atZone(ZoneId.of(zone)).toInstant());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo(zone);
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo(date.toString().replace("-", "") + "T" + time.toString().replace(":", "") + "00");
        calendar.validate();
    }

    @Test
    void text_isEscaped_linesAreFolded_andTheUidIsStable() throws Exception {
        String title = "Rubrics; marking, feedback \\ and \"more\"\nsecond line " + "é".repeat(60);
        ScheduledSession session = session(ZoneId.of("Europe/London"), Session.at(LocalDate.of(2027, 1, 20),
                LocalTime.of(14, 0)), title);
        String text = invite.write(session);
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("javascript");
        VEvent event = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(title + " (Polls webinar)");
        assertThat(event.getProperty("UID").orElseThrow().getValue())
                .isEqualTo("polls.1.2027-01-20-1400@doorway.uni.example");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("https://meet.example.ac.uk/j/1");
        assertThat(event.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261203T090000Z");
    }

    @Test
    void aSessionWithoutATime_isAnAllDayEvent() throws Exception {
        ScheduledSession session = session(ZoneId.of("Europe/London"), Session.on(LocalDate.of(2027, 2, 3)), "Drop-in");
        String text = invite.write(session);
        assertThat(text).contains("DTSTART;VALUE=DATE:20270203\r\n").contains("DTEND;VALUE=DATE:20270204\r\n")
                .doesNotContain("VTIMEZONE").contains("time is to be confirmed");
        new CalendarBuilder().build(new StringReader(text)).validate();
    }

    @Test
    void everyDefaultWebinarSession_makesAValidCalendar() throws Exception {
        Webinars webinars = new Webinars(ZoneId.of("Europe/London"));
        int sessions = 0;
        for (Tool tool : ResourcesFixture.defaultCatalogue().tools()) {
            for (ScheduledSession session : webinars.of(tool)) {
                new CalendarBuilder().build(new StringReader(invite.write(session))).validate();
                sessions++;
            }
        }
        assertThat(sessions).isGreaterThan(20);
    }

    private static ScheduledSession session(ZoneId zone, Session when, String title) {
        Webinar webinar = new Webinar(List.of(when), Optional.of(zone), Optional.of("https://meet.example.ac.uk/j/1"),
                OptionalInt.of(40), Optional.of("javascript:alert(1)"), Optional.of("https://example.ac.uk/qa"));
        Guide guide = new Guide(title, GuideFormat.WEBINAR, "https://example.ac.uk/w", OptionalInt.of(60),
                Optional.of(webinar));
        Tool tool = new Tool("polls", "Polls", "Live polls.", null, List.of(new NeedFit("live-engagement", "Ask.", 3)),
                SupportStatus.SUPPORTED, null, null, null, null, null, null, ClassFit.ANY, null, List.of(guide),
                List.of(), List.of(), null);
        return new Webinars(ZoneId.of("UTC")).of(tool).get(0);
    }
}
