package org.doorway.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * When a follow-up is due: {@code after} the acceptance or resolution, moved
 * into {@code hours} in the institution's {@code zone}, skipping {@code closures}.
 * One gentle reminder {@link #REMIND_AFTER} after an unanswered follow-up.
 */
public record FollowUpPolicy(Duration after, FollowUpHours hours, Set<LocalDate> closures, ZoneId zone) {
    public static final Duration DEFAULT_AFTER = Duration.ofDays(14);
    public static final Duration REMIND_AFTER = Duration.ofDays(7);

    public FollowUpPolicy {
        closures = Set.copyOf(closures);
    }

    public Instant dueAfter(Instant basis) {
        return hours.nextOpen(basis.plus(after), zone, closures);
    }

    /** Whether a message may go out now (a job that was down sends in the next window, not at 3 a.m.). */
    public boolean open(Instant now) {
        return hours.open(now, zone, closures);
    }
}
