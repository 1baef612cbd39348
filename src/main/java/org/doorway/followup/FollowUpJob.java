package org.doorway.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.doorway.Transactions;

/**
 * Schedules what earned a follow-up, sends the follow-ups that are due, in working hours, and one gentle
 * reminder a week after an unanswered one, then nothing. Each message is
 * queued in the same unit of work as the conditional mark that claims it, so
 * it goes out once whichever instance or run gets there first, and nothing is
 * lost across a restart. Run it under a lease every few seconds. It sends only to its
 * {@link Audience}: the people the process running it can reach.
 */
public final class FollowUpJob implements Runnable {
    public static final String JOB = "follow-ups";
    public static final Duration EVERY = Duration.ofSeconds(20);
    private static final int BATCH = 200;

    private final FollowUpScheduler scheduler;
    private final FollowUps followUps;
    private final Transactions transactions;
    private final PersonMessages messages;
    private final RequestLog log;
    private final FollowUpTexts texts;
    private final FollowUpPolicy policy;
    private final Clock clock;
    private final Audience audience;

    public FollowUpJob(FollowUpScheduler scheduler, FollowUps followUps, Transactions transactions, PersonMessages messages, RequestLog log,
            FollowUpTexts texts, FollowUpPolicy policy, Clock clock, Audience audience) {
        this.scheduler = scheduler;
        this.followUps = followUps;
        this.transactions = transactions;
        this.messages = messages;
        this.log = log;
        this.texts = texts;
        this.policy = policy;
        this.clock = clock;
        this.audience = audience;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        scheduler.sweep(now);
        if (!policy.open(now)) {
            return;
        }
        for (FollowUp due : followUps.due(audience, now, BATCH)) {
            transactions.run(() -> {
                if (followUps.markSent(due.id(), now)) {
                    messages.tell(due.subject().who(), texts.question(due));
                    log.event(due.subject().requestId(), "follow-up-sent", due.subject().toolId(), now);
                }
            });
        }
        for (FollowUp quiet : followUps.unanswered(audience, now.minus(FollowUpPolicy.REMIND_AFTER), BATCH)) {
            transactions.run(() -> {
                if (followUps.markReminded(quiet.id(), now)) {
                    messages.tell(quiet.subject().who(), texts.reminder(quiet));
                }
            });
        }
    }
}
