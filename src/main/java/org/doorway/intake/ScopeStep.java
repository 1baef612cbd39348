package org.doorway.intake;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Option;

/**
 * Matters that are not teaching technology go where the institution says:
 * pay and leave to HR, rooms and buildings to Estates, timetables to
 * Timetabling, and equipment and accounts (a broken laptop, a dead
 * projector) to the IT service desk, with its urgent line when it cannot
 * wait. Always with a way back for someone who meant a teaching matter.
 */
final class ScopeStep {
    private final Requests requests;
    private final Clock clock;
    private final Institution institution;

    ScopeStep(Requests requests, Clock clock, Institution institution) {
        this.requests = requests;
        this.clock = clock;
        this.institution = institution;
    }

    Turn outOfScope(ConversationState state, String text) {
        String lower = SlotExtractor.normalise(text);
        Optional<Route> route = RouteTopics.of(lower);
        String reply = route.map(to -> "That's one for " + institution.where(to) + ". I'm here for "
                + "teaching with technology, so they'll sort it faster than I can.")
                .orElse(Texts.OUT_OF_SCOPE_START + String.join(", ", List.of(
                        institution.where(Route.IT_SERVICE_DESK), institution.where(Route.HR),
                        institution.where(Route.ESTATES), institution.where(Route.TIMETABLING)))
                        + ".");
        return routed(state, reply, route.map(Enum::name).orElse("general"));
    }

    /** Broken equipment or an account: the IT service desk, or its urgent line when it cannot wait. */
    Turn hardware(ConversationState state, Slots slots) {
        String reply = slots.urgency().isPresent()
                ? "That sounds like equipment rather than a teaching tool, and it can't wait. Please contact "
                        + institution.where(Route.URGENT) + " now."
                : "That sounds like equipment or an account rather than a teaching tool, which the IT service "
                        + "desk fixes directly. Please contact " + institution.where(Route.IT_SERVICE_DESK)
                        + ".";
        return routed(state, reply, "IT_SERVICE_DESK");
    }

    private Turn routed(ConversationState state, String reply, String route) {
        requests.outcome(state.requestId(), "out-of-scope", clock.instant());
        requests.event(state.requestId(), "routed", route, clock.instant());
        return Turn.of(state.withStage(Stage.OUT_OF_SCOPE).asking(Focus.SCOPE), new Reply.Text(reply,
                List.of(Option.of(OptionIds.ABOUT_TEACHING, Texts.ITS_TEACHING))));
    }
}
