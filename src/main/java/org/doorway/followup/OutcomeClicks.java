package org.doorway.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Reply;

/**
 * The person's answers to their follow-up: the outcome (then an optional
 * comment; Not yet offers a technologist at once), consent (a) to a case
 * study and, when given, consent (b) to be contacted. Each click counts once.
 */
final class OutcomeClicks {
    /** How long a message after an outcome click is taken as its comment. */
    static final Duration COMMENT_WINDOW = Duration.ofMinutes(15);

    private final FollowUps followUps;
    private final StoryDrafter drafter;
    private final RequestLog log;
    private final FollowUpTexts texts;
    private final Clock clock;

    OutcomeClicks(FollowUps followUps, StoryDrafter drafter, RequestLog log, FollowUpTexts texts, Clock clock) {
        this.followUps = followUps;
        this.drafter = drafter;
        this.log = log;
        this.texts = texts;
        this.clock = clock;
    }

    List<Reply> outcome(FollowUp followUp, Outcome outcome) {
        Instant now = clock.instant();
        if (!followUps.answer(followUp.id(), outcome, now, now.plus(COMMENT_WINDOW))) {
            return List.of(texts.alreadyAnswered());
        }
        log.event(followUp.subject().requestId(), "outcome", followUp.subject().toolId() + " " + outcome.wire(), now);
        return switch (outcome) {
            case WORKED, PARTLY -> List.of(texts.thanks(outcome), texts.askStory(followUp.id()));
            case NOT_YET -> List.of(texts.thanks(outcome), texts.offerPerson());
            case DIDNT_TRY -> List.of(texts.thanks(outcome));
        };
    }

    List<Reply> story(FollowUp followUp, StoryConsent consent, String name) {
        Instant now = clock.instant();
        boolean shareable = followUp.outcome().map(Outcome::shareable).orElse(false);
        if (!shareable || !followUps.story(followUp.id(), consent, Optional.ofNullable(name), now)) {
            return List.of(texts.alreadyAnswered());
        }
        log.event(followUp.subject().requestId(), "consent", "story " + consent.wire(), now);
        if (!consent.given()) {
            return List.of(texts.notShared());
        }
        FollowUp current = followUps.find(followUp.id()).orElse(followUp);
        drafter.draft(current, consent, Optional.ofNullable(name), now).ifPresent(id ->
                log.event(followUp.subject().requestId(), "case-study", "drafted " + id, now));
        return List.of(texts.askContact(followUp));
    }

    List<Reply> contact(FollowUp followUp, boolean allowed) {
        Instant now = clock.instant();
        if (!followUps.contact(followUp.id(), allowed, now)) {
            return List.of(texts.alreadyAnswered());
        }
        log.event(followUp.subject().requestId(), "consent", "contact " + (allowed ? "yes" : "no"), now);
        return List.of(texts.shared(allowed));
    }

    /** A message while a comment is awaited: kept as the comment. */
    Optional<Reply> comment(String platform, String user, String text) {
        Instant now = clock.instant();
        return followUps.awaitingComment(platform, user, now)
                .filter(waiting -> followUps.comment(waiting.id(), FollowUpTexts.gist(text, 1_000), now))
                .map(kept -> texts.commentKept());
    }
}
