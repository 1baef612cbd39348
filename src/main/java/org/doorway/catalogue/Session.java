package org.doorway.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One webinar session: its date and, when known, its start time in the
 * webinar's time zone. A session without a time is "time to be confirmed".
 */
public record Session(LocalDate date, Optional<LocalTime> start) {
    /** Earliest first; on one day, a session without a time before those with one. */
    public static final Comparator<Session> ORDER = Comparator.comparing(Session::date)
            .thenComparing(session -> session.start().orElse(LocalTime.MIN));

    public Session {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
    }

    public static Session on(LocalDate date) {
        return new Session(date, Optional.empty());
    }

    public static Session at(LocalDate date, LocalTime start) {
        return new Session(date, Optional.of(start));
    }

    /** As written in the catalogue: {@code 2027-01-20} or {@code 2027-01-20 14:00}. */
    public String wire() {
        return start.map(time -> date + " " + time).orElse(date.toString());
    }
}
