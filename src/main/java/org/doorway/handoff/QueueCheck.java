package org.doorway.handoff;

import org.doorway.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue job: offers each waiting handoff, urgent ones first, then the longest waiting, as soon
 * as someone becomes eligible (their shift starts, they switch to available,
 * a slot frees up), and tells the staff member. Run it through the JobRunner.
 */
public final class QueueCheck implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(QueueCheck.class);
    static final String JOB = "handoff-queue";
    private static final int BATCH = 100;

    private final Transactions transactions;
    private final Dispatcher dispatcher;
    private final Handoffs handoffs;
    private final StaffNotices notices;

    QueueCheck(Transactions transactions, Dispatcher dispatcher, Handoffs handoffs, StaffNotices notices) {
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.handoffs = handoffs;
        this.notices = notices;
    }

    @Override
    public void run() {
        for (Handoff waiting : handoffs.queued(BATCH)) {
            try {
                transactions.run(() -> handoffs.find(waiting.id()).ifPresent(this::offer));
            } catch (StaleHandoff meanwhile) {
                log.debug("Handoff {} changed while the queue was checked; the other change stands", waiting.id());
            }
        }
    }

    private void offer(Handoff handoff) {
        if (handoff.state() != Handoff.State.QUEUED) {
            return;
        }
        if (dispatcher.choose(handoff, dispatcher.passers(handoff)) instanceof Routing.Assigned assigned) {
            Dispatcher.Offer offer = dispatcher.offer(handoff, assigned);
            dispatcher.tellStaff(offer.handoff(), notices.nowOnDuty(offer.technologist(), offer.chatLink()));
            dispatcher.refresh(offer.handoff(), "Offered to " + offer.technologist().name() + " from the queue");
        }
    }
}
