package org.doorway.followup;

import java.time.Instant;

/** The request's append-only event log (kinds {@code follow-up-sent}, {@code outcome}, {@code consent}, {@code case-study}). */
@FunctionalInterface
public interface RequestLog {
    void event(long requestId, String kind, String detail, Instant at);
}
