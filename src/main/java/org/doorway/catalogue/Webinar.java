package org.doorway.catalogue;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a webinar guide carries beyond its title and link: its sessions, the
 * time zone their times are in (required when any has a time), the joining
 * link, how many can join, and where the recordings and the Q&A thread are
 * found afterwards. Links are http(s) only.
 */
public record Webinar(List<Session> sessions, Optional<ZoneId> zone, Optional<String> join, OptionalInt capacity,
        Optional<String> recordings, Optional<String> questions) {
    public Webinar {
        sessions = List.copyOf(sessions);
    }

    /** Sessions known only by their dates, with nothing else said. */
    public static Webinar onDates(List<Session> sessions) {
        return new Webinar(sessions, Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }

    public Webinar withSessions(List<Session> kept) {
        return new Webinar(kept, zone, join, capacity, recordings, questions);
    }
}
