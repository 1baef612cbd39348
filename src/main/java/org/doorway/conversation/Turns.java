package org.doorway.conversation;

import java.time.Clock;
import java.util.List;
import org.doorway.Transactions;
import org.doorway.inbox.EventInbox;
import org.doorway.inbox.InboundEvent;
import org.doorway.inbox.SetAside;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The turn pipeline, once for every adapter. Prepare what is slow to build;
 * then one unit of work claims the recorded event, lets the {@link FrontDesk}
 * answer it and queues the replies through the adapter's {@link
 * TurnDelivery}, so the answer, the state change and the claim commit
 * together, once. A unit that fails for a passing reason is rolled back and
 * tried again ({@link TurnRetry}); if it still fails, an event whose work
 * waits in the inbox stays there for the redelivery job. A failure that will
 * not go away gets one apology in a unit of work of its own, and the event is
 * set aside for an operator ({@code doorway inbox list|replay}). Thread-safe.
 */
public final class Turns {
    public static final String APOLOGY = "Sorry, something went wrong on my side. Please try again in a minute, "
            + "or type 'talk to a person'.";
    static final String TRY_AGAIN = "That didn't go through because something changed at the same moment. "
            + "Please try it again.";
    private static final Logger log = LoggerFactory.getLogger(Turns.class);

    private final FrontDesk desk;
    private final Transactions transactions;
    private final EventInbox inbox;
    private final SetAside setAside;
    private final TurnRetry retry;
    private final Clock clock;

    public Turns(FrontDesk desk, Transactions transactions, EventInbox inbox, SetAside setAside, TurnRetry retry,
            Clock clock) {
        this.desk = desk;
        this.transactions = transactions;
        this.inbox = inbox;
        this.setAside = setAside;
        this.retry = retry;
        this.clock = clock;
    }

    /** What became of a turn. */
    public enum Taken {
        /** Answered now. */
        ANSWERED,
        /** Answered before, elsewhere or by an earlier delivery: nothing was done. */
        ALREADY_ANSWERED,
        /** Still failing for a passing reason: its work waits in the inbox for the redelivery job. */
        LEFT_WAITING,
        /** Still failing for a passing reason, with no work kept to try later: the person was asked to try again. */
        ASKED_TO_RETRY,
        /** Failed for good: apologised, and the event set aside. */
        SET_ASIDE
    }

    /** The front desk, for what adapters ask before a turn (how a click is taken, a refusal before a note). */
    public FrontDesk desk() {
        return desk;
    }

    /** A turn for an event recorded in the inbox. */
    public Taken take(InboundEvent event, Inbound inbound, TurnDelivery delivery) {
        try {
            desk.prepare(inbound);
            return retry.run("The turn for " + event.key(), () -> transactions.inTransaction(() -> {
                if (!claim(event) || !delivery.claim()) {
                    return Taken.ALREADY_ANSWERED;
                }
                delivery.send(desk.answer(inbound));
                return Taken.ANSWERED;
            }));
        } catch (RuntimeException failure) {
            if (retry.isTransient(failure)) {
                return passing(event, delivery, failure);
            }
            log.error("The turn for {} failed and will not succeed by trying again; apologising and setting the "
                    + "event aside (see 'doorway inbox list')", event.key(), failure);
            return apologise(event, delivery, failure);
        }
    }

    /**
     * A turn for an event no platform recorded at its ack (a line typed in the terminal chat): recorded here
     * under {@code key} first, as every event is before it is answered, then taken like the others.
     */
    public Taken take(String key, Inbound inbound, TurnDelivery delivery) {
        InboundEvent event = InboundEvent.once(key, clock.instant());
        if (!inbox.recordAll(List.of(event)).get(0)) {
            return Taken.ALREADY_ANSWERED;
        }
        return take(event, inbound, delivery);
    }

    /** An event that cannot be read: it is set aside unanswered, where an operator sees it. */
    public void setAsideUnread(InboundEvent event, String reason) {
        log.warn("Event {} cannot be read and is set aside unanswered ({}); see 'doorway inbox list'", event.key(),
                reason);
        transactions.run(() -> {
            if (claim(event)) {
                setAside.setAside(event, reason, clock.instant());
            }
        });
    }

    private Taken passing(InboundEvent event, TurnDelivery delivery, RuntimeException failure) {
        if (event.work().isPresent()) {
            log.warn("The turn for {} still fails for a passing reason ({}); it stays in the inbox and the "
                    + "redelivery job answers it", event.key(), failure.toString());
            return Taken.LEFT_WAITING;
        }
        log.warn("The turn for {} still fails for a passing reason ({}); asked the person to try again",
                event.key(), failure.toString());
        try {
            transactions.run(() -> {
                if (delivery.claim()) {
                    delivery.send(Answer.of(Reply.Text.of(TRY_AGAIN)));
                }
            });
        } catch (RuntimeException stillFailing) {
            log.warn("Could not ask them either: {}", stillFailing.toString());
        }
        return Taken.ASKED_TO_RETRY;
    }

    private Taken apologise(InboundEvent event, TurnDelivery delivery, RuntimeException failure) {
        String reason = failure.toString();
        try {
            transactions.run(() -> {
                if (!claim(event)) {
                    return;
                }
                setAside.setAside(event, reason, clock.instant());
                if (delivery.claim()) {
                    delivery.send(Answer.of(Reply.Text.of(APOLOGY)));
                }
            });
        } catch (RuntimeException apologyFailed) {
            log.error("Could not apologise or set the event aside either ({}); its work, if kept, stays in the "
                    + "inbox", apologyFailed.toString());
        }
        return Taken.SET_ASIDE;
    }

    /** A durable event is taken by the one unit of work that marks it handled; others were claimed at the ack. */
    private boolean claim(InboundEvent event) {
        return event.work().isEmpty() || inbox.markHandled(event.key(), clock.instant());
    }
}
