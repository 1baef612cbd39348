package org.doorway.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An admin's review of drafted case studies: list, read, publish or reject; each decision logged. */
public final class CaseStudyReview {
    private static final int LIST_LIMIT = 200;

    private final CaseStudyDrafts drafts;
    private final RequestLog log;
    private final Clock clock;

    public CaseStudyReview(CaseStudyDrafts drafts, RequestLog log, Clock clock) {
        this.drafts = drafts;
        this.log = log;
        this.clock = clock;
    }

    /** What a decision did, in words for the admin. */
    public record Decision(boolean changed, String message) {}

    public List<Story> list(Optional<Story.State> state) {
        return drafts.list(state, LIST_LIMIT);
    }

    public Optional<Story> find(long id) {
        return drafts.find(id);
    }

    /** Publishes or rejects a draft; anything else changes nothing and says why. */
    public Decision decide(long id, Story.State to) {
        Optional<Story> story = drafts.find(id);
        if (story.isEmpty()) {
            return new Decision(false, "No case study " + id + ": 'doorway case-studies list --all' shows them.");
        }
        if (story.get().state() != Story.State.DRAFT) {
            return new Decision(false, "Case study " + id + " is " + story.get().state().wire()
                    + ", not a draft, so nothing changed.");
        }
        Instant now = clock.instant();
        if (!drafts.review(id, to, now)) {
            return new Decision(false, "Case study " + id + " was reviewed meanwhile; nothing changed.");
        }
        log.event(story.get().requestId(), "case-study", to.wire() + " " + id, now);
        return new Decision(true, to == Story.State.PUBLISHED
                ? "Published case study " + id + ": it shows under suggestions for " + story.get().toolId() + "."
                : "Rejected case study " + id + ".");
    }
}
