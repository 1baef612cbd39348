package org.doorway.handoff;

import java.util.Optional;

/**
 * An admin moves an open handoff to a technologist they choose, whatever the
 * router would say: the new person gets the thread with the summary, as an
 * offer with the SLA running, and the staff member is told, exactly as when a
 * technologist passes it on. The previous holder's slot is given back. Inside
 * a unit of work.
 */
final class Reassignment {
    private final Dispatcher dispatcher;
    private final Workloads workloads;
    private final Handoffs handoffs;
    private final StaffNotices notices;

    Reassignment(Dispatcher dispatcher, Workloads workloads, Handoffs handoffs, StaffNotices notices) {
        this.dispatcher = dispatcher;
        this.workloads = workloads;
        this.handoffs = handoffs;
        this.notices = notices;
    }

    Reassigned reassign(Handoff handoff, Technologist to, String by) {
        if (handoff.state() == Handoff.State.RESOLVED) {
            return new Reassigned.NotOpen(handoff);
        }
        if (handoff.heldBy(to.id())) {
            return new Reassigned.AlreadyTheirs(handoff, to);
        }
        Optional<Technologist> from = handoff.holdsSlot() ? dispatcher.technologist(handoff.technologistId())
                : Optional.empty();
        handoff.technologistId().filter(id -> handoff.holdsSlot()).ifPresent(workloads::release);
        workloads.takeAnyway(to.id(), dispatcher.now());
        String reason = "reassigned by " + by + from.map(previous -> " from " + previous.name()).orElse("");
        Dispatcher.Offer offer = dispatcher.offer(handoff, new Routing.Assigned(to, reason));
        dispatcher.tellStaff(offer.handoff(), notices.reassigned(to, offer.chatLink()));
        return new Reassigned.Done(offer.handoff(), to, from);
    }
}
