package org.doorway.followup;

import java.time.Instant;
import java.util.Optional;

/** A follow-up as stored: what it is about, when it was sent, and what came back. */
public record FollowUp(long id, FollowUpSubject subject, Instant dueAt, Optional<Instant> sentAt,
        Optional<Outcome> outcome, Optional<String> comment, Optional<StoryConsent> story, Optional<Boolean> contact) {}
