package org.doorway.resources;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.Webinar;

/**
 * One session of a webinar, placed in time: {@code zone} is the webinar's
 * own time zone, or the institution's when the entry gives none (then the
 * session has no time). {@code start} is empty for a session whose time is
 * to be confirmed.
 */
public record ScheduledSession(WebinarId id, Tool tool, Guide guide, Webinar webinar, ZoneId zone,
        Optional<ZonedDateTime> start, Duration length) {

    /** Used when the entry says nothing about a webinar's length. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    public LocalDate date() {
        return id.session().date();
    }

    /** Whether it is still to come at {@code now}: a timed session until it starts, a dated one until its day ends. */
    public boolean upcoming(Instant now) {
        return start.map(time -> time.toInstant().isAfter(now))
                .orElseGet(() -> !date().isBefore(LocalDate.ofInstant(now, zone)));
    }

    public Optional<ZonedDateTime> end() {
        return start.map(time -> time.plus(length));
    }
}
