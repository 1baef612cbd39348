package org.doorway.handoff;

import java.time.Duration;
import java.util.Optional;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * What a staff member can do to their own open request: add information
 * (it reaches whoever has it, in the thread they share, and is kept in the
 * request's history) and close it themselves ("sorted, thanks": every
 * message showing it is rewritten and the holder's slot is freed). Only the
 * person who asked may; anyone else is told so and nothing changes. Inside a
 * unit of work.
 */
final class StaffRequests {
    /** How long Doorway waits for the information after "Add information" where no form could ask for it. */
    static final Duration AWAIT_ADDITION = Duration.ofHours(1);
    static final int MAX_ADDITION = 2_000;

    private final Dispatcher dispatcher;
    private final Handoffs handoffs;
    private final Workloads workloads;
    private final HolderMessenger holders;
    private final AwaitedAdditions awaited;
    private final QueueWatch watch;

    StaffRequests(Dispatcher dispatcher, Handoffs handoffs, Workloads workloads, HolderMessenger holders,
            AwaitedAdditions awaited, QueueWatch watch) {
        this.dispatcher = dispatcher;
        this.handoffs = handoffs;
        this.workloads = workloads;
        this.holders = holders;
        this.awaited = awaited;
        this.watch = watch;
    }

    Optional<Handoff> find(long handoffId) {
        return handoffs.find(handoffId);
    }

    /** Why {@code who} may not act on this request, changing nothing; empty when they may. */
    Optional<String> refusal(ConversationKey who, Optional<Handoff> handoff) {
        if (handoff.isEmpty()) {
            return Optional.of("I can't find that request any more.");
        }
        ConversationKey staff = handoff.get().request().staff();
        if (!staff.platform().equals(who.platform()) || !staff.user().equals(who.user())) {
            return Optional.of("Only the person who asked can change this request, so nothing changed.");
        }
        if (handoff.get().state() == Handoff.State.RESOLVED) {
            return Optional.of("This request is already closed, so nothing changed. If you need more help, tell me "
                    + "about it and I'll start a new request.");
        }
        return Optional.empty();
    }

    ButtonOutcome close(ConversationKey who, long handoffId) {
        Mine mine = mine(who, handoffId);
        if (mine.refused().isPresent()) {
            return ButtonOutcome.unchanged(mine.refused().get());
        }
        Handoff handoff = mine.handoff();
        Optional<Technologist> holder = mine.holder();
        holder.ifPresent(technologist -> workloads.release(technologist.id()));
        Handoff closed = dispatcher.save(handoff.resolved("closed by " + handoff.request().staffName()
                + ": sorted", dispatcher.now()));
        String by = handoff.request().staffName();
        record(closed, HistoryEntry.Event.STAFF_CLOSED, holder, "sorted, thanks");
        holder.ifPresent(technologist -> holders.intoThread(closed, technologist, Reply.Text.of(by
                + " has closed this request themselves: sorted, thanks. Nothing more to do.")));
        dispatcher.refresh(closed, "Closed by " + by + ": sorted, thanks");
        return ButtonOutcome.unchanged("Closed. Glad it's sorted" + holder.map(technologist -> "; I've let "
                + technologist.name() + " know.").orElse("."));
    }

    /** Adds {@code text} to the request; a blank one asks for it in the person's next message instead. */
    ButtonOutcome add(ConversationKey who, long handoffId, String text) {
        Mine mine = mine(who, handoffId);
        if (mine.refused().isPresent()) {
            return ButtonOutcome.unchanged(mine.refused().get());
        }
        Handoff handoff = mine.handoff();
        Optional<Technologist> holder = mine.holder();
        if (text.isBlank()) {
            awaited.await(who.platform(), who.user(), handoffId, dispatcher.now().plus(AWAIT_ADDITION));
            return ButtonOutcome.unchanged("What would you like to add? Write it in your next message and I'll pass "
                    + "it to " + holder.map(Technologist::name).orElse("whoever picks your request up") + ".");
        }
        String added = MyQueue.cut(text, MAX_ADDITION);
        record(handoff, HistoryEntry.Event.STAFF_ADDED, holder, added);
        holder.ifPresent(technologist -> holders.intoThread(handoff, technologist,
                Reply.Text.of(handoff.request().staffName() + " added: " + added)));
        watch.changed(handoff, holder.stream().toList());
        return ButtonOutcome.unchanged(holder.map(technologist -> "Sent to " + technologist.name()
                        + ", and kept with your request.")
                .orElse("Added to your request: whoever picks it up will see it."));
    }

    /** In the history (and so the event log), with the holder it concerned, if any. */
    private void record(Handoff handoff, HistoryEntry.Event event, Optional<Technologist> holder, String detail) {
        handoffs.record(new HistoryEntry(handoff.id(), dispatcher.now(), event, holder.map(Technologist::id),
                detail));
    }

    /** The request and who holds it when {@code who} may act on it; else why not. */
    private Mine mine(ConversationKey who, long handoffId) {
        Optional<Handoff> found = handoffs.find(handoffId);
        Optional<String> refused = refusal(who, found);
        if (refused.isPresent()) {
            return new Mine(null, Optional.empty(), refused);
        }
        Handoff handoff = found.get();
        return new Mine(handoff, handoff.holdsSlot() ? dispatcher.technologist(handoff.technologistId())
                : Optional.empty(), Optional.empty());
    }

    private record Mine(Handoff handoff, Optional<Technologist> holder, Optional<String> refused) {}
}
