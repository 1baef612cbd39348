package org.doorway.handoff;

import java.util.Optional;

/**
 * Hands a request to a named colleague ("this one is for someone who knows
 * the tool"), from a technologist's chat or the admin console alike. The
 * colleague gets an offer with the summary and its own SLA, whatever their
 * load (a person chose them); the previous holder's slot is freed; the staff
 * member is told who has it now; every message showing the handoff is
 * rewritten. Inside a unit of work.
 */
final class Transfers {
    private final Dispatcher dispatcher;
    private final Workloads workloads;
    private final Handoffs handoffs;
    private final Roster roster;
    private final StaffNotices notices;

    Transfers(Dispatcher dispatcher, Workloads workloads, Handoffs handoffs, Roster roster, StaffNotices notices) {
        this.dispatcher = dispatcher;
        this.workloads = workloads;
        this.handoffs = handoffs;
        this.roster = roster;
        this.notices = notices;
    }

    Transfer reassign(long handoffId, String technologistId, String byWhom) {
        Optional<Handoff> found = handoffs.find(handoffId);
        if (found.isEmpty()) {
            return new Transfer.Refused("There is no handoff " + handoffId + ".");
        }
        Handoff handoff = found.get();
        if (handoff.state() == Handoff.State.RESOLVED) {
            return new Transfer.Refused("This request is already resolved, so nothing changed.");
        }
        Optional<Technologist> to = roster.find(Technologist.idFor(technologistId));
        if (to.isEmpty()) {
            return new Transfer.Refused("Nobody called " + technologistId + " is on the roster, so nothing changed.");
        }
        if (handoff.heldBy(to.get().id())) {
            return new Transfer.Refused(to.get().name() + " already has this request.");
        }
        Optional<Technologist> from = dispatcher.technologist(handoff.technologistId().filter(id -> handoff.holdsSlot()));
        from.ifPresent(previous -> workloads.release(previous.id()));
        workloads.takeAnyway(to.get().id(), dispatcher.now());
        String detail = from.map(previous -> "from " + previous.name() + " ").orElse("") + "to " + to.get().name()
                + " by " + byWhom;
        handoffs.record(HistoryEntry.of(handoff, dispatcher.now(), HistoryEntry.Event.TRANSFERRED, to.get().id(),
                detail));
        Dispatcher.Offer offer = dispatcher.offer(handoff, new Routing.Assigned(to.get(), "transferred to you by "
                + byWhom));
        dispatcher.tellStaff(offer.handoff(), notices.transferred(to.get(), offer.chatLink()));
        dispatcher.refresh(offer.handoff(), byWhom + " transferred it to " + to.get().name());
        return new Transfer.Done(offer.handoff(), to.get());
    }
}
