package org.doorway.handoff;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/**
 * A technologist's three steps on a handoff: acknowledge, pass on, resolve.
 * Inside a unit of work. Each step rewrites every message showing the
 * handoff ({@link Dispatcher#refresh}), so the clicked message needs no
 * replacing of its own.
 */
final class HandoffSteps {
    private final Dispatcher dispatcher;
    private final Workloads workloads;
    private final Handoffs handoffs;
    private final HandoffMessenger messenger;
    private final StaffNotices notices;
    private final Transfers transfers;
    private final Roster roster;

    HandoffSteps(Dispatcher dispatcher, Workloads workloads, Handoffs handoffs, HandoffMessenger messenger,
            StaffNotices notices, Transfers transfers, Roster roster) {
        this.dispatcher = dispatcher;
        this.workloads = workloads;
        this.handoffs = handoffs;
        this.messenger = messenger;
        this.notices = notices;
        this.transfers = transfers;
        this.roster = roster;
    }

    /**
     * "Transfer to…" from the holder: {@code named} is the colleague's email or
     * name. Without a match nothing changes, and the answer lists colleagues,
     * those free now first, with where each stands.
     */
    ButtonOutcome transfer(Handoff handoff, Technologist me, String named) {
        if (!handoff.heldBy(me.id())) {
            return notYours(handoff);
        }
        Optional<Technologist> colleague = Colleagues.named(roster.all(), named);
        if (colleague.isEmpty() || colleague.get().id().equals(me.id())) {
            String list = Colleagues.listed(roster.all(), workloads.all(), me.id(), dispatcher.now());
            return ButtonOutcome.unchanged((named.isBlank() ? "Who should have it?"
                    : "I couldn't tell who \"" + named + "\" is.") + " Nothing changed. Use \"Transfer to…\" "
                    + "again with one of these:\n" + list);
        }
        Transfer done = transfers.reassign(handoff.id(), colleague.get().id(), me.name());
        return done instanceof Transfer.Refused refused ? ButtonOutcome.unchanged(refused.reason())
                : done("Transferred to " + colleague.get().name() + ". " + handoff.request().staffName()
                        + " has been told who has it now.");
    }

    /** Whom "Transfer to…" may pick: every colleague of {@code me}, those free now first, with where each stands. */
    List<Option> colleagues(Technologist me) {
        return Colleagues.choices(roster.all(), workloads.all(), me.id(), dispatcher.now());
    }

    /**
     * "I've got this". From the person it was offered to, on that very offer,
     * or from anyone on the roster who saw it in the team channel: then it
     * moves to them, and they get the thread with the staff member. A click on
     * an offer that has moved on since is late and changes nothing.
     */
    ButtonOutcome acknowledge(Handoff handoff, Technologist me, Optional<String> token) {
        if (handoff.state() == Handoff.State.RESOLVED) {
            return ButtonOutcome.unchanged("This request is already resolved, so nothing changed.");
        }
        if (handoff.state() == Handoff.State.ACKNOWLEDGED) {
            return ButtonOutcome.unchanged(handoff.heldBy(me.id()) ? "You already have this one."
                    : holderName(handoff) + " already has this one, so nothing changed.");
        }
        boolean offeredToMe = handoff.heldBy(me.id());
        if (token.isPresent() && !token.get().equals(HandoffOptions.TEAM) && !(offeredToMe && handoff.offeredAt()
                .map(HandoffOptions::offerToken).filter(token.get()::equals).isPresent())) {
            return late(handoff);
        }
        if (!offeredToMe) {
            handoff.technologistId().filter(id -> handoff.holdsSlot()).ifPresent(workloads::release);
            workloads.takeAnyway(me.id(), dispatcher.now());
        }
        Handoff mine = dispatcher.save(handoff.acknowledgedBy(me.id(), dispatcher.now()));
        Duration waited = mine.waited().orElse(Duration.ZERO);
        handoffs.record(HistoryEntry.of(mine, dispatcher.now(), HistoryEntry.Event.ACKNOWLEDGED, me.id(),
                (offeredToMe ? "acknowledged" : "picked up from the team channel") + "; waited "
                        + waited.toMinutes() + " min"));
        Optional<String> chatLink = offeredToMe ? Optional.empty()
                : messenger.openThread(mine, me, Summaries.forTechnologist(mine, "you picked it up"));
        dispatcher.tellStaff(mine, notices.picked(me, chatLink));
        dispatcher.refresh(mine, me.name() + " has this (picked up after " + waited.toMinutes() + " min)");
        return done("It's yours. " + mine.request().staffName() + " has been told you're on it.");
    }

    /** "Pass to someone else": to the next best, never back to anyone who passed; queued when nobody is free. */
    ButtonOutcome pass(Handoff handoff, Technologist me, String reason) {
        if (!handoff.heldBy(me.id())) {
            return notYours(handoff);
        }
        String why = reason.isBlank() ? "no reason given" : reason;
        workloads.release(me.id());
        handoffs.record(HistoryEntry.of(handoff, dispatcher.now(), HistoryEntry.Event.PASSED, me.id(), why));
        Set<String> excluded = new HashSet<>(dispatcher.passers(handoff));
        excluded.add(me.id());
        Routing routing = dispatcher.choose(handoff, excluded);
        if (routing instanceof Routing.Assigned assigned) {
            Dispatcher.Offer offer = dispatcher.offer(handoff, assigned);
            dispatcher.tellStaff(offer.handoff(),
                    notices.passed(me, offer.technologist(), offer.chatLink()));
            dispatcher.refresh(offer.handoff(), me.name() + " passed it to " + offer.technologist().name()
                    + " (" + why + ")");
            return done("Passed to " + offer.technologist().name() + ".");
        }
        Optional<java.time.Instant> next = ((Routing.NobodyAvailable) routing).nextOnDuty();
        Handoff queued = dispatcher.queue(handoff, next);
        queued = dispatcher.shareWithTeam(queued, me.name() + " passed it (" + why + ") and nobody else is free");
        dispatcher.tellStaff(queued, notices.queuedAfterPass(me, next, queued.teamPostedAt().isPresent()));
        dispatcher.refresh(queued, me.name() + " passed it (" + why + "); waiting for the next person on duty");
        return done("Nobody else is free right now, so it waits in the queue and goes to the next "
                + "person on duty.");
    }

    /** "Resolved", with the outcome note for reports and the follow-up. */
    ButtonOutcome resolve(Handoff handoff, Technologist me, String note) {
        if (!handoff.heldBy(me.id())) {
            return notYours(handoff);
        }
        workloads.release(me.id());
        Handoff resolved = dispatcher.save(handoff.resolved(note, dispatcher.now()));
        handoffs.record(HistoryEntry.of(resolved, dispatcher.now(), HistoryEntry.Event.RESOLVED, me.id(),
                note.isBlank() ? "no outcome note" : note));
        dispatcher.tellStaff(resolved, notices.resolved(me, note));
        dispatcher.refresh(resolved, "Resolved by " + me.name() + (note.isBlank() ? "" : ": " + note));
        return done("Marked as resolved. Thank you!");
    }

    ButtonOutcome notYours(Handoff handoff) {
        if (handoff.state() == Handoff.State.RESOLVED) {
            return ButtonOutcome.unchanged("This request is already resolved, so nothing changed.");
        }
        return ButtonOutcome.unchanged(handoff.holdsSlot() ? "This one is with " + holderName(handoff)
                + " now, not you, so nothing changed."
                : "This one is waiting in the queue; use \"I've got this\" to take it.");
    }

    /** A click on a message that has moved on since (its update may still be on its way): kind, and no change. */
    private ButtonOutcome late(Handoff handoff) {
        if (handoff.state() == Handoff.State.QUEUED) {
            return ButtonOutcome.unchanged("That offer has moved on and the request now waits in the queue, so "
                    + "nothing changed. It's in the team channel if you'd like to take it.");
        }
        return ButtonOutcome.unchanged("That offer has moved on: " + holderName(handoff)
                + " has this request now, so nothing changed. Thanks for looking!");
    }

    /** Every message showing the handoff is rewritten by the step itself, so the clicked one is not replaced apart. */
    private static ButtonOutcome done(String answer) {
        return new ButtonOutcome(Reply.Text.of(answer), Optional.empty());
    }

    private String holderName(Handoff handoff) {
        return dispatcher.technologist(handoff.technologistId()).map(Technologist::name).orElse("someone else");
    }
}
