package org.doorway.handoff;

import java.util.HashSet;
import java.util.Set;
import org.doorway.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA job: an offer not acknowledged in time moves to the next eligible
 * technologist (in a new thread) and the staff member is told; from the
 * second lapse on, or when nobody else is free, the team channel sees it too.
 * Run it through the JobRunner so one instance at a time checks; each move is
 * a conditional state change, so none is ever made twice.
 */
public final class SlaCheck implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(SlaCheck.class);
    static final String JOB = "handoff-sla";
    private static final int BATCH = 100;

    private final Transactions transactions;
    private final Dispatcher dispatcher;
    private final Workloads workloads;
    private final Handoffs handoffs;
    private final StaffNotices notices;

    SlaCheck(Transactions transactions, Dispatcher dispatcher, Workloads workloads, Handoffs handoffs,
            StaffNotices notices) {
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.workloads = workloads;
        this.handoffs = handoffs;
        this.notices = notices;
    }

    @Override
    public void run() {
        for (Handoff due : handoffs.due(dispatcher.now(), BATCH)) {
            try {
                transactions.run(() -> handoffs.find(due.id()).ifPresent(this::moveOn));
            } catch (StaleHandoff meanwhile) {
                log.debug("Handoff {} changed while its SLA was checked; the other change stands", due.id());
            }
        }
    }

    private void moveOn(Handoff handoff) {
        boolean stillDue = handoff.state() == Handoff.State.OFFERED
                && handoff.dueAt().filter(due -> !due.isAfter(dispatcher.now())).isPresent();
        if (!stillDue || handoff.technologistId().isEmpty()) {
            return;
        }
        String silentId = handoff.technologistId().get();
        long minutes = dispatcher.sla(handoff).toMinutes();
        Handoff lapsed = dispatcher.save(handoff.missedDeadline(dispatcher.now().plus(dispatcher.sla(handoff))));
        handoffs.record(HistoryEntry.of(lapsed, dispatcher.now(), HistoryEntry.Event.SLA_MISSED, silentId,
                "not acknowledged within " + minutes + " min"));
        Technologist silent = dispatcher.technologist(handoff.technologistId())
                .orElse(placeholder(silentId));
        Set<String> excluded = new HashSet<>(dispatcher.passers(lapsed));
        excluded.addAll(dispatcher.lapsed(lapsed));
        Routing routing = dispatcher.choose(lapsed, excluded);
        if (routing instanceof Routing.Assigned assigned) {
            workloads.release(silentId);
            Dispatcher.Offer offer = dispatcher.offer(lapsed, assigned);
            dispatcher.tellStaff(offer.handoff(), notices.movedOn(silent, offer.technologist(),
                    offer.chatLink()));
            Handoff now = offer.handoff();
            if (now.missedDeadlines() >= dispatcher.teamAfterLapses(now)) {
                now = dispatcher.shareWithTeam(now, "not picked up in " + now.missedDeadlines()
                        + " offers; now with " + offer.technologist().name());
            }
            dispatcher.refresh(now, "Not picked up by " + silent.name() + " within " + minutes
                    + " min; now offered to " + offer.technologist().name());
            return;
        }
        // Nobody else is free: it stays offered to the same person, and the team is asked.
        Handoff shared = dispatcher.shareWithTeam(lapsed,
                silent.name() + " has not picked it up and nobody else is free");
        dispatcher.refresh(shared, "Not picked up within " + minutes + " min; still offered to " + silent.name()
                + (shared.teamPostedAt().isPresent() ? ", and shared with the team" : ""));
        if (lapsed.missedDeadlines() == 1) {
            dispatcher.tellStaff(shared, notices.stillWaiting(silent, shared.teamPostedAt().isPresent()));
        }
    }

    /** Someone removed from the roster while holding an offer still has a name in messages. */
    private static Technologist placeholder(String id) {
        return new Technologist(id, id, id, java.util.Map.of(), java.time.ZoneOffset.UTC, WeeklyHours.none(),
                java.util.List.of(), java.util.List.of(), 1, false);
    }
}
