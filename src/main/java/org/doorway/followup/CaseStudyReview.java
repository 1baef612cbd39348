package org.doorway.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.Transactions;

/**
 * An admin's review of drafted case studies: list, read, publish or reject
 * with a reason; each decision logged. The one core behind both the
 * {@code case-studies} command and the console's review page.
 */
public final class CaseStudyReview {
    private static final int LIST_LIMIT = 200;
    static final int MAX_REASON = 1_000;

    private final CaseStudyDrafts drafts;
    private final Transactions transactions;
    private final RequestLog log;
    private final Clock clock;

    public CaseStudyReview(CaseStudyDrafts drafts, Transactions transactions, RequestLog log, Clock clock) {
        this.drafts = drafts;
        this.transactions = transactions;
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

    /**
     * Publishes or rejects a draft, recording {@code reviewer} (an admin's email, or who ran the command)
     * and, for a rejection, the reason (blank for none); anything else changes nothing and says why.
     */
    public Decision decide(long id, Story.State to, String reviewer, String reason) {
        return transactions.inTransaction(() -> decideNow(id, to, reviewer, reason));
    }

    private Decision decideNow(long id, Story.State to, String reviewer, String reason) {
        if (to != Story.State.PUBLISHED && to != Story.State.REJECTED) {
            throw new IllegalArgumentException("a review publishes or rejects, not " + to);
        }
        Optional<Story> story = drafts.find(id);
        if (story.isEmpty()) {
            return new Decision(false, "There is no case study " + id + ".");
        }
        if (story.get().state() != Story.State.DRAFT) {
            return new Decision(false, "Case study " + id + " is " + story.get().state().wire()
                    + ", not a draft, so nothing changed.");
        }
        String note = to == Story.State.REJECTED ? FollowUpTexts.gist(reason, MAX_REASON) : "";
        Instant now = clock.instant();
        if (!drafts.review(id, to, reviewer, note, now)) {
            return new Decision(false, "Case study " + id + " was reviewed meanwhile; nothing changed.");
        }
        log.event(story.get().requestId(), "case-study", to.wire() + " " + id, now);
        return new Decision(true, to == Story.State.PUBLISHED
                ? "Published case study " + id + ": it shows under suggestions for " + story.get().toolId() + "."
                : "Rejected case study " + id + (note.isEmpty() ? "." : ": " + note));
    }
}
