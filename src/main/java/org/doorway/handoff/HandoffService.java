package org.doorway.handoff;

import java.util.List;
import java.util.Optional;
import org.doorway.Transactions;
import org.doorway.conversation.ConversationKey;

/**
 * The handoff desk the conversation talks to: says whether someone is free,
 * and turns a request into an offer to the best technologist (or a place in
 * the queue) in one unit of work. Also tells adapters which conversations are
 * handoff threads, where the bot keeps quiet. Thread-safe.
 */
public final class HandoffService implements HandoffDesk {
    private final Transactions transactions;
    private final Dispatcher dispatcher;
    private final Handoffs handoffs;
    private final Transfers transfers;

    HandoffService(Transactions transactions, Dispatcher dispatcher, Handoffs handoffs, Transfers transfers) {
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.handoffs = handoffs;
        this.transfers = transfers;
    }

    /**
     * Hands the request to a named colleague ({@code technologistId}: their
     * roster id, i.e. email), in its own unit of work: the one way to transfer
     * a handoff, for a technologist's "Transfer to…" and the admin console's
     * reassign alike. {@code byWhom} is the name shown in messages and history.
     * Whether the caller may do this is the caller's check.
     */
    public Transfer reassign(String handoffId, String technologistId, String byWhom) {
        long id;
        try {
            id = Long.parseLong(handoffId.strip());
        } catch (NumberFormatException notANumber) {
            return new Transfer.Refused("'" + handoffId + "' is not a handoff number.");
        }
        return transactions.inTransaction(() -> transfers.reassign(id, technologistId, byWhom));
    }

    @Override
    public Availability availability(HandoffRequest.Kind kind, List<String> needIds) {
        // A hint read outside a unit of work, so that asking never holds SQLite's write lock.
        Routing routing = dispatcher.peek(new Router.Wanted(List.of(), needIds));
        if (routing instanceof Routing.NobodyAvailable nobody) {
            return new Availability(false, nobody.nextOnDuty());
        }
        return Availability.now();
    }

    @Override
    public HandoffTicket request(HandoffRequest request) {
        return transactions.inTransaction(() -> handoffs.findUnresolved(request.requestId())
                .map(this::ticketFor)
                .orElseGet(() -> route(handoffs.create(request))));
    }

    /** True in a conversation opened for a handoff: the bot answers only its buttons and explicit commands there. */
    public boolean isHandedOff(ConversationKey key) {
        return handoffs.isThread(key.platform(), key.conversation());
    }

    /** Called by an adapter once the platform has opened the thread (e.g. Slack's group DM id). */
    public void threadOpened(String handoffId, String platform, String conversation) {
        transactions.run(() -> handoffs.threadOpened(Long.parseLong(handoffId), platform, conversation,
                dispatcher.now()));
    }

    /** A handoff and its history, for reports and the admin page. */
    public Optional<Handoff> find(String handoffId) {
        return handoffs.find(Long.parseLong(handoffId));
    }

    /** Every open handoff, the longest waiting first: the admin console's queue. */
    public List<Handoff> open(int limit) {
        return handoffs.open(limit);
    }

    public List<HistoryEntry> history(String handoffId) {
        return handoffs.history(Long.parseLong(handoffId));
    }

    private HandoffTicket route(Handoff requested) {
        handoffs.record(HistoryEntry.of(requested, dispatcher.now(), HistoryEntry.Event.REQUESTED,
                requested.request().kind().name().toLowerCase(java.util.Locale.ROOT) + " request from "
                        + requested.request().staffName()));
        Routing routing = dispatcher.choose(requested, java.util.Set.of());
        if (routing instanceof Routing.Assigned assigned) {
            Dispatcher.Offer offer = dispatcher.offer(requested, assigned);
            return new HandoffTicket.Assigned(offer.handoff().handoffId(), offer.technologist().name(),
                    offer.chatLink());
        }
        Optional<java.time.Instant> next = ((Routing.NobodyAvailable) routing).nextOnDuty();
        Handoff queued = dispatcher.queue(requested, next);
        if (queued.request().urgent()) {
            // An urgent fault does not wait for the next shift before the whole team sees it.
            dispatcher.shareWithTeam(queued, "urgent, and nobody is on duty");
        }
        return new HandoffTicket.Queued(queued.handoffId(), next);
    }

    /** A repeated request for the same thing gets the same answer, and nobody is asked twice. */
    private HandoffTicket ticketFor(Handoff existing) {
        Optional<Technologist> holder = existing.holdsSlot()
                ? dispatcher.technologist(existing.technologistId()) : Optional.empty();
        if (holder.isPresent()) {
            return new HandoffTicket.Assigned(existing.handoffId(), holder.get().name(), Optional.empty());
        }
        HandoffRequest request = existing.request();
        Routing routing = dispatcher.peek(new Router.Wanted(request.toolIds(), request.needIds()));
        Optional<java.time.Instant> next = routing instanceof Routing.NobodyAvailable nobody
                ? nobody.nextOnDuty() : Optional.of(dispatcher.now());
        return new HandoffTicket.Queued(existing.handoffId(), next);
    }
}
