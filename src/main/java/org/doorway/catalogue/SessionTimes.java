package org.doorway.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a webinar date as the catalogue writes it: {@code 2027-01-20} or {@code 2027-01-20 14:00}. */
final class SessionTimes {
    private static final Pattern WIRE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}))?");

    private SessionTimes() {}

    static Optional<Session> parse(String text) {
        Matcher matcher = WIRE.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(matcher.group(1));
            return Optional.of(matcher.group(2) == null ? Session.on(date)
                    : Session.at(date, LocalTime.parse(matcher.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
