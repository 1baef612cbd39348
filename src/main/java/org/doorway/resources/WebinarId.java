package org.doorway.resources;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.catalogue.Session;

/**
 * Names one session of one webinar guide: the tool, the guide's position in
 * the tool's guides (from 1) and the session's date and time, as in
 * {@code moodle-assignment.3.2027-01-20-1400}. Stable while the entry keeps
 * its guides in order; a link to a session that has gone simply stops
 * resolving.
 */
public record WebinarId(String toolId, int guide, Session session) {
    private static final Pattern WIRE = Pattern.compile(
            "([a-z0-9]+(?:-[a-z0-9]+)*)\\.([1-9][0-9]{0,3})\\.(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{2})(\\d{2}))?");

    public String wire() {
        return toolId + "." + guide + "." + session.date()
                + session.start().map(time -> String.format("-%02d%02d", time.getHour(), time.getMinute())).orElse("");
    }

    public static Optional<WebinarId> parse(String text) {
        Matcher matcher = WIRE.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(matcher.group(3));
            Session session = matcher.group(4) == null ? Session.on(date) : Session.at(date,
                    LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5))));
            return Optional.of(new WebinarId(matcher.group(1), Integer.parseInt(matcher.group(2)), session));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
