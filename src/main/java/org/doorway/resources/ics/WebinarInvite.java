package org.doorway.resources.ics;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.doorway.resources.ScheduledSession;
import org.doorway.text.WebLinks;

/**
 * Writes one webinar session as an iCalendar file (RFC 5545) to add to a
 * calendar: the event in the webinar's time zone with its VTIMEZONE, the
 * joining link as location and URL, what it is about, and a reminder fifteen
 * minutes before. A session whose time is to be confirmed is an all-day
 * event. The UID is stable, so adding it twice updates rather than
 * duplicates. Thread-safe.
 */
public final class WebinarInvite {
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Clock clock;
    private final String uidHost;

    /** {@code uidHost} makes the UIDs globally unique: the host of Doorway's public URL. */
    public WebinarInvite(Clock clock, String uidHost) {
        this.clock = clock;
        this.uidHost = uidHost;
    }

    public String write(ScheduledSession session) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//Doorway//Webinar invite//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"));
        session.start().ifPresent(start -> lines.addAll(TimeZoneBlock.lines(session.zone(), start.getYear())));
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + IcsText.escape(session.id().wire()) + "@" + uidHost);
        lines.add("DTSTAMP:" + UTC.format(clock.instant()));
        if (session.start().isPresent()) {
            String zone = session.zone().getId();
            lines.add("DTSTART;TZID=" + zone + ":" + LOCAL.format(session.start().get()));
            lines.add("DTEND;TZID=" + zone + ":" + LOCAL.format(session.end().orElseThrow()));
        } else {
            lines.add("DTSTART;VALUE=DATE:" + DAY.format(session.date()));
            lines.add("DTEND;VALUE=DATE:" + DAY.format(session.date().plusDays(1)));
        }
        lines.add("SUMMARY:" + IcsText.escape(session.guide().title() + " (" + session.tool().name() + " webinar)"));
        lines.add("DESCRIPTION:" + IcsText.escape(description(session)));
        String where = session.webinar().join().filter(WebLinks::isWebLink)
                .or(() -> java.util.Optional.ofNullable(session.guide().url()).filter(WebLinks::isWebLink))
                .orElse("");
        if (!where.isEmpty()) {
            lines.add("LOCATION:" + IcsText.escape(where));
            lines.add("URL:" + where);
        }
        lines.add("TRANSP:OPAQUE");
        lines.add("BEGIN:VALARM");
        lines.add("ACTION:DISPLAY");
        lines.add("DESCRIPTION:" + IcsText.escape(session.guide().title()));
        lines.add("TRIGGER:-PT15M");
        lines.add("END:VALARM");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(IcsText.line(line)));
        return out.toString();
    }

    private static String description(ScheduledSession session) {
        List<String> parts = new ArrayList<>();
        parts.add("A webinar on " + session.tool().name() + ".");
        if (session.start().isEmpty()) {
            parts.add("The time is to be confirmed: check the webinar page before the day.");
        }
        session.webinar().join().filter(WebLinks::isWebLink).ifPresent(join -> parts.add("Join: " + join));
        if (WebLinks.isWebLink(session.guide().url())) {
            parts.add("About this webinar: " + session.guide().url());
        }
        session.webinar().capacity().ifPresent(capacity -> parts.add("Places: " + capacity + "."));
        session.webinar().recordings().filter(WebLinks::isWebLink)
                .ifPresent(link -> parts.add("Recordings afterwards: " + link));
        session.webinar().questions().filter(WebLinks::isWebLink)
                .ifPresent(link -> parts.add("Questions and answers: " + link));
        return String.join("\n", parts);
    }
}
