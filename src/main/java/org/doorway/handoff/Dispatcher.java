package org.doorway.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.config.HandoffSettings;
import org.doorway.conversation.Reply;

/**
 * The steps every use case shares: choose a technologist and take one of
 * their slots, offer the handoff (save, history, open the thread), queue it,
 * and share it with the team channel. Holds its ports to itself: each use
 * case is given the ports it uses besides. Call inside a unit of work: the slot,
 * the state, the history and the outbox rows commit together. Thread-safe.
 */
final class Dispatcher {
    private final Roster roster;
    private final Workloads workloads;
    private final Handoffs handoffs;
    private final HandoffMessenger messenger;
    private final HandoffSettings settings;
    private final StaffNotices notices;
    private final Router router = new Router();
    private final Clock clock;

    Dispatcher(Roster roster, Workloads workloads, Handoffs handoffs, HandoffMessenger messenger,
            HandoffSettings settings, StaffNotices notices, Clock clock) {
        this.roster = roster;
        this.workloads = workloads;
        this.handoffs = handoffs;
        this.messenger = messenger;
        this.settings = settings;
        this.notices = notices;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** What the router would say now, changing nothing. */
    Routing peek(Router.Wanted wanted) {
        return router.route(roster.all(), workloads.all(), wanted, Set.of(), technologist -> true, now());
    }

    /**
     * Routes and takes a slot of the chosen technologist. When another request
     * took their last slot meanwhile (another instance), the next best is tried.
     */
    Routing choose(Handoff handoff, Set<String> excluded) {
        Set<String> tried = new HashSet<>(excluded);
        String platform = handoff.request().staff().platform();
        Router.Wanted wanted = new Router.Wanted(handoff.request().toolIds(), handoff.request().needIds());
        while (true) {
            Routing routing = router.route(roster.all(), workloads.all(), wanted, tried,
                    technologist -> messenger.reaches(technologist, platform), now());
            if (!(routing instanceof Routing.Assigned assigned)) {
                return routing;
            }
            Technologist technologist = assigned.technologist();
            if (workloads.take(technologist.id(), technologist.capacity(), now())) {
                return routing;
            }
            tried.add(technologist.id());
        }
    }

    /** Offers the handoff to the chosen technologist (whose slot is taken) and opens the direct thread. */
    Offer offer(Handoff handoff, Routing.Assigned assigned) {
        Technologist technologist = assigned.technologist();
        Handoff offered = save(handoff.offeredTo(technologist.id(), now(), now().plus(sla(handoff))));
        handoffs.record(HistoryEntry.of(offered, now(), HistoryEntry.Event.OFFERED, technologist.id(),
                assigned.reason()));
        Optional<String> chatLink = messenger.openThread(offered, technologist,
                Summaries.forTechnologist(offered, assigned.reason()));
        return new Offer(offered, technologist, chatLink);
    }

    /** Queues the handoff unless it already waits in the queue. */
    Handoff queue(Handoff handoff, Optional<Instant> nextOnDuty) {
        if (handoff.state() == Handoff.State.QUEUED) {
            return handoff;
        }
        Handoff queued = save(handoff.queued());
        String detail = nextOnDuty.map(at -> "nobody free; next on duty " + at)
                .orElse("nobody free; nobody on duty in the next two weeks");
        handoffs.record(HistoryEntry.of(queued, now(), HistoryEntry.Event.QUEUED, detail));
        return queued;
    }

    /** Shares the handoff with the team channel, once, if one is configured; returns the handoff as it now is. */
    Handoff shareWithTeam(Handoff handoff, String why) {
        if (settings.teamChannel().isEmpty() || handoff.teamPostedAt().isPresent()) {
            return handoff;
        }
        String channel = settings.teamChannel().get();
        messenger.postToTeamChannel(channel, Summaries.forTeam(handoff, why));
        Handoff posted = save(handoff.postedToTeam(now()));
        handoffs.record(HistoryEntry.of(posted, now(), HistoryEntry.Event.TEAM_CHANNEL, "posted to " + channel
                + ": " + why));
        return posted;
    }

    /** How long an offer of this handoff waits before the SLA moves it on: shorter for an urgent fault. */
    java.time.Duration sla(Handoff handoff) {
        return handoff.request().urgent() ? settings.urgentSla() : settings.sla();
    }

    /** How many lapsed offers before the team channel sees it: sooner for an urgent fault. */
    int teamAfterLapses(Handoff handoff) {
        return handoff.request().urgent() ? 1 : 2;
    }

    /**
     * Rewrites every message that shows the handoff's buttons to say
     * {@code status} (what happened and by whom), keeping only the buttons each
     * reader can still use. Call after every change a message would otherwise lie about.
     */
    void refresh(Handoff handoff, String status) {
        Set<String> shownTo = involved(handoff, HistoryEntry.Event.OFFERED);
        shownTo.addAll(involved(handoff, HistoryEntry.Event.ACKNOWLEDGED));
        handoff.technologistId().ifPresent(shownTo::add);
        messenger.refresh(Summaries.cards(handoff, status, shownTo));
    }

    void tellStaff(Handoff handoff, Reply reply) {
        messenger.tellStaff(handoff.request().staff(), reply);
        handoffs.record(HistoryEntry.of(handoff, now(), HistoryEntry.Event.STAFF_TOLD, text(reply)));
    }

    /** Technologists who passed this handoff on: it is never offered to them again. */
    Set<String> passers(Handoff handoff) {
        return involved(handoff, HistoryEntry.Event.PASSED);
    }

    /** Technologists who let an offer of it lapse: the SLA moves it to someone else. */
    Set<String> lapsed(Handoff handoff) {
        return involved(handoff, HistoryEntry.Event.SLA_MISSED);
    }

    Handoff save(Handoff changed) {
        if (!handoffs.save(changed)) {
            throw new StaleHandoff(changed);
        }
        return changed;
    }

    Optional<Technologist> technologist(Optional<String> id) {
        return id.flatMap(roster::find);
    }

    private Set<String> involved(Handoff handoff, HistoryEntry.Event event) {
        return handoffs.history(handoff.id()).stream()
                .filter(entry -> entry.event() == event)
                .flatMap(entry -> entry.technologistId().stream())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String text(Reply reply) {
        if (reply instanceof Reply.HandoffNotice notice) {
            return notice.text();
        }
        return reply instanceof Reply.Text text ? text.text() : reply.getClass().getSimpleName();
    }

    /** A handoff just offered: to whom, and the link that opens a chat with them where the platform has one. */
    record Offer(Handoff handoff, Technologist technologist, Optional<String> chatLink) {}
}
