package org.doorway.followup;

import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules the follow-up when staff accept suggestions or a handoff is
 * resolved, in the same unit of work; one per request, whichever comes first.
 */
public final class FollowUpScheduler {
    private static final Logger log = LoggerFactory.getLogger(FollowUpScheduler.class);

    private final FollowUps followUps;
    private final FollowUpPolicy policy;

    public FollowUpScheduler(FollowUps followUps, FollowUpPolicy policy) {
        this.followUps = followUps;
        this.policy = policy;
    }

    /** Staff said the suggestions for {@code requestId} look right. */
    public void accepted(long requestId, Instant at) {
        Optional<FollowUpSubject> subject = followUps.accepted(requestId);
        if (subject.isEmpty()) {
            log.debug("Request {} was accepted without suggested tools on record; no follow-up", requestId);
            return;
        }
        followUps.schedule(subject.get(), policy.dueAfter(at), at);
    }

    /** A handoff about {@code subject} was resolved. */
    public void resolved(FollowUpSubject subject, Instant at) {
        followUps.schedule(subject, policy.dueAfter(at), at);
    }
}
