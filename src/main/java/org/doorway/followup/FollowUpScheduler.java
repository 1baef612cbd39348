package org.doorway.followup;

import java.time.Duration;
import java.time.Instant;

/**
 * Schedules follow-ups for what earned one since the last run: suggestions
 * staff accepted ("This looks right") and handoffs resolved, read from their
 * own records so that neither the dialogue nor the desk needs to know of
 * follow-ups, and nothing is missed across a restart. One per request,
 * whichever comes first (the store's unique key). Run by {@link FollowUpJob}.
 */
public final class FollowUpScheduler {
    /** How far back a run looks: a Doorway stopped for longer than this misses what happened meanwhile. */
    static final Duration LOOK_BACK = Duration.ofDays(7);
    private static final int BATCH = 500;

    private final FollowUps followUps;
    private final FollowUpPolicy policy;

    public FollowUpScheduler(FollowUps followUps, FollowUpPolicy policy) {
        this.followUps = followUps;
        this.policy = policy;
    }

    /** Schedules every candidate; how many were new. */
    public int sweep(Instant now) {
        int scheduled = 0;
        for (FollowUps.Candidate candidate : followUps.candidates(now.minus(LOOK_BACK), BATCH)) {
            if (followUps.schedule(candidate.subject(), policy.dueAfter(candidate.basis()), now)) {
                scheduled++;
            }
        }
        return scheduled;
    }
}
