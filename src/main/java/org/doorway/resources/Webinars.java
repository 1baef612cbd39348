package org.doorway.resources;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.Session;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.Webinar;

/**
 * The webinar sessions a catalogue announces, placed in time. Sessions
 * without a time zone of their own are read in the institution's.
 * Immutable and thread-safe.
 */
public final class Webinars {
    private final ZoneId institutionZone;

    public Webinars(ZoneId institutionZone) {
        this.institutionZone = institutionZone;
    }

    /** Every session of every webinar guide of the tool, earliest first. */
    public List<ScheduledSession> of(Tool tool) {
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int i = 0; i < tool.guides().size(); i++) {
            Guide guide = tool.guides().get(i);
            int number = i + 1;
            guide.webinar().ifPresent(webinar -> webinar.sessions().forEach(session ->
                    sessions.add(place(tool, number, guide, webinar, session))));
        }
        sessions.sort(Comparator.comparing(ScheduledSession::date)
                .thenComparing(scheduled -> scheduled.id().session(), Session.ORDER));
        return sessions;
    }

    /** The next session of this guide still to come at {@code now}. */
    public Optional<ScheduledSession> next(Tool tool, Guide guide, Instant now) {
        return of(tool).stream().filter(session -> session.guide().equals(guide))
                .filter(session -> session.upcoming(now)).findFirst();
    }

    /** The session an id names, if the catalogue still has it. */
    public Optional<ScheduledSession> find(Catalogue catalogue, WebinarId id) {
        return catalogue.tool(id.toolId()).flatMap(tool -> of(tool).stream()
                .filter(session -> session.id().equals(id)).findFirst());
    }

    private ScheduledSession place(Tool tool, int number, Guide guide, Webinar webinar, Session session) {
        ZoneId zone = webinar.zone().orElse(institutionZone);
        Duration length = guide.minutes().isPresent() ? Duration.ofMinutes(guide.minutes().getAsInt())
                : ScheduledSession.DEFAULT_LENGTH;
        return new ScheduledSession(new WebinarId(tool.id(), number, session), tool, guide, webinar, zone,
                session.start().map(time -> session.date().atTime(time).atZone(zone)), length);
    }
}
