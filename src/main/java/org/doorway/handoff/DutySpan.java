package org.doorway.handoff;

import java.time.Instant;

/** One stretch of time a technologist is on duty: from (included) to (excluded). */
public record DutySpan(Instant from, Instant to) {}
