package org.doorway.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where follow-ups are kept. Every mark is conditional, so that of two jobs
 * (two instances, or one run again) or two clicks only one counts.
 */
public interface FollowUps {

    /** Records a follow-up due at {@code dueAt}; false, changing nothing, when the request has one already. */
    boolean schedule(FollowUpSubject subject, Instant dueAt, Instant now);

    /** Something that earns a follow-up at {@code basis}: suggestions accepted, or a handoff resolved. */
    record Candidate(FollowUpSubject subject, Instant basis) {}

    /**
     * Requests whose suggestions were accepted, and handoffs resolved, since {@code since} that have no
     * follow-up yet, oldest first: the person, the need and the (first) tool, and a handoff's notes.
     */
    List<Candidate> candidates(Instant since, int limit);

    /** Follow-ups for {@code audience} due by {@code now} and not sent yet, oldest first. */
    List<FollowUp> due(Audience audience, Instant now, int limit);

    /** Marks a follow-up sent; false when another run marked it first. */
    boolean markSent(long id, Instant now);

    /** For {@code audience}, sent before {@code sentBefore}, never answered and never reminded, oldest first. */
    List<FollowUp> unanswered(Audience audience, Instant sentBefore, int limit);

    /** Marks the one reminder sent; false when another run marked it first. */
    boolean markReminded(long id, Instant now);

    Optional<FollowUp> find(long id);

    /** Records the answer and waits for an optional comment until {@code commentUntil}; false when already answered. */
    boolean answer(long id, Outcome outcome, Instant now, Instant commentUntil);

    /** This person's follow-up that waits for a comment at {@code now}, if any. */
    Optional<FollowUp> awaitingComment(String platform, String user, Instant now);

    /** Keeps the comment; false when the follow-up no longer waits for one. */
    boolean comment(long id, String text, Instant now);

    /** Consent (a) with its date, and the name to use when named; false when already answered or withdrawn. */
    boolean story(long id, StoryConsent consent, Optional<String> name, Instant now);

    /** Consent (b) with its date; false when already answered or withdrawn. */
    boolean contact(long id, boolean allowed, Instant now);

    /** This person's follow-ups with a consent given and not withdrawn, newest first. */
    List<FollowUp> consents(String platform, String user);

    /** Withdraws both consents from every follow-up of this person; how many had one. */
    int withdraw(String platform, String user, Instant now);
}
