package org.doorway.intake;

import org.doorway.handoff.HandoffDesk;
import org.doorway.catalogue.Catalogue;
import java.util.function.Supplier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.HandoffTicket;

/**
 * Hands a request to a person with everything already said, and tells the
 * staff member honestly what happens next.
 */
final class PersonStep {
    private final HandoffDesk desk;
    private final Requests requests;
    private final Clock clock;
    private final Institution institution;
    private final Supplier<Catalogue> catalogue;
    private final SummaryFields summaries;
    private final Availabilities availabilities;

    PersonStep(HandoffDesk desk, Requests requests, Clock clock, Institution institution,
            Supplier<Catalogue> catalogue, Availabilities availabilities) {
        this.desk = desk;
        this.requests = requests;
        this.clock = clock;
        this.institution = institution;
        this.catalogue = catalogue;
        this.summaries = new SummaryFields(catalogue);
        this.availabilities = availabilities;
    }

    Turn handOff(ConversationState state, ConversationKey key, String userName) {
        HandoffTicket ticket = request(state, key, userName);
        return Turn.of(state.handedOff(ticket.handoffId()), notice(ticket));
    }

    /**
     * A fault that cannot wait: handed off at once, marked urgent in the summary. When nobody is on duty the
     * person gets the institution's urgent route straight away; the request still waits for the next person.
     */
    Turn handOffUrgently(ConversationState state, ConversationKey key, String userName) {
        HandoffTicket ticket = request(state, key, userName);
        String why = state.focus().urgency();
        if (ticket instanceof HandoffTicket.Assigned assigned) {
            String text = "That can't wait (" + why + "), so I've skipped the questions and passed it straight to "
                    + assigned.technologistName() + " as urgent, with everything you've said.";
            return Turn.of(state.handedOff(ticket.handoffId()), new Reply.HandoffNotice(text,
                    Optional.of(assigned.technologistName()), assigned.chatLink()));
        }
        HandoffTicket.Queued queued = (HandoffTicket.Queued) ticket;
        String later = queued.nextOnDuty().map(next -> " It's also queued, marked urgent, for the next learning "
                + "technologist (" + availabilities.when(next) + ").")
                .orElse(" It's also queued, marked urgent, for the next learning technologist.");
        String text = "That can't wait (" + why + ") and no learning technologist is on duty right now, so please "
                + "contact " + institution.where(Route.URGENT) + "." + later;
        return Turn.of(state.handedOff(ticket.handoffId()), new Reply.HandoffNotice(text, Optional.empty(),
                Optional.empty()));
    }

    private HandoffTicket request(ConversationState state, ConversationKey key, String userName) {
        HandoffRequest.Kind kind = Availabilities.kind(state);
        HandoffRequest request = new HandoffRequest(state.requestId(), key, userName == null ? key.user() : userName,
                kind, state.problem(), Availabilities.needIds(state), toolIds(state),
                summaries.of(state), clock.instant(), state.focus().urgency() != null);
        HandoffTicket ticket = desk.request(request);
        requests.event(state.requestId(), "handoff", ticket.handoffId(), clock.instant());
        requests.outcome(state.requestId(), "handed-off", clock.instant());
        return ticket;
    }

    private Reply.HandoffNotice notice(HandoffTicket ticket) {
        if (ticket instanceof HandoffTicket.Assigned assigned) {
            String text = "I've passed this to " + assigned.technologistName() + ", a learning technologist. "
                    + "They can see everything you've told me, so you won't need to repeat it.";
            return new Reply.HandoffNotice(text, Optional.of(assigned.technologistName()), assigned.chatLink());
        }
        HandoffTicket.Queued queued = (HandoffTicket.Queued) ticket;
        String text = queued.nextOnDuty()
                .map(next -> "Nobody is on duty right now. The next learning technologist is on "
                        + availabilities.when(next) + ", and your request will go to them automatically with "
                        + "everything you've told me.")
                .orElse("Nobody is available right now. Your request is in the queue with everything you've told "
                        + "me, and a learning technologist will pick it up as soon as someone is free.");
        return new Reply.HandoffNotice(text, Optional.empty(), Optional.empty());
    }

    private List<String> toolIds(ConversationState state) {
        List<String> ids = new ArrayList<>(state.shownTools().stream().limit(3).toList());
        state.faultFacts().stream().filter(fact -> fact.label().equals(FaultStep.TOOL))
                .flatMap(fact -> catalogue.get().tools().stream()
                        .filter(tool -> tool.name().equalsIgnoreCase(fact.value())))
                .forEach(tool -> ids.add(0, tool.id()));
        return ids;
    }
}
