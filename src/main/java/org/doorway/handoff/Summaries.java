package org.doorway.handoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/** What a technologist is shown so that nobody asks the staff member twice. */
final class Summaries {
    private Summaries() {}

    /** For the direct thread: everything said so far, why this technologist, and their three buttons. */
    static Reply.HandoffSummary forTechnologist(Handoff handoff, String reason) {
        List<Reply.Field> fields = fields(handoff);
        fields.add(new Reply.Field("Why you", reason));
        return new Reply.HandoffSummary(handoff.handoffId(), title(handoff.request()), handoff.request().staffName(),
                fields, List.of(HandoffOptions.acknowledge(handoff), HandoffOptions.pass(handoff),
                        HandoffOptions.resolve(handoff)));
    }

    /** For the team channel: anyone on the roster may pick it up. */
    static Reply.HandoffSummary forTeam(Handoff handoff, String why) {
        List<Reply.Field> fields = fields(handoff);
        fields.add(new Reply.Field("Waiting", why));
        return new Reply.HandoffSummary(handoff.handoffId(), "Still waiting: " + title(handoff.request()),
                handoff.request().staffName(), fields, List.of(HandoffOptions.acknowledgeFromTeam(handoff)));
    }

    /**
     * Every message's new face after a change: {@code status} says what
     * happened and by whom; each technologist who was ever shown it keeps only
     * the buttons they can still use, and the team channel keeps "I've got
     * this" only while nobody has acknowledged it.
     */
    static HandoffCards cards(Handoff handoff, String status, Set<String> technologistIds) {
        Map<String, Reply.HandoffSummary> byTechnologist = new LinkedHashMap<>();
        technologistIds.forEach(id -> byTechnologist.put(id, view(handoff, status, title(handoff.request()),
                buttonsFor(handoff, id))));
        boolean waiting = handoff.state() == Handoff.State.OFFERED || handoff.state() == Handoff.State.QUEUED;
        Reply.HandoffSummary team = view(handoff, status, (waiting ? "Still waiting: " : "")
                + title(handoff.request()), waiting ? List.of(HandoffOptions.acknowledgeFromTeam(handoff)) : List.of());
        return new HandoffCards(handoff.id(), handoff.version(), team, byTechnologist,
                view(handoff, status, title(handoff.request()), List.of()));
    }

    /** The buttons {@code technologistId} can still use on this handoff: none unless they hold it. */
    static List<Option> buttonsFor(Handoff handoff, String technologistId) {
        if (!handoff.heldBy(technologistId)) {
            return List.of();
        }
        return handoff.state() == Handoff.State.OFFERED
                ? List.of(HandoffOptions.acknowledge(handoff), HandoffOptions.pass(handoff),
                        HandoffOptions.resolve(handoff))
                : List.of(HandoffOptions.pass(handoff), HandoffOptions.resolve(handoff), HandoffOptions.transfer(handoff));
    }

    private static Reply.HandoffSummary view(Handoff handoff, String status, String title, List<Option> options) {
        List<Reply.Field> fields = fields(handoff);
        fields.add(new Reply.Field("Status", status));
        return new Reply.HandoffSummary(handoff.handoffId(), title, handoff.request().staffName(), fields, options);
    }

    static String title(HandoffRequest request) {
        return (request.urgent() ? "Urgent: " : "") + (request.kind() == HandoffRequest.Kind.FAULT ? "Fault report from " : "Teaching question from ")
                + request.staffName();
    }

    private static List<Reply.Field> fields(Handoff handoff) {
        List<Reply.Field> fields = new ArrayList<>();
        String problem = handoff.request().problem();
        // The conversation's own summary usually quotes the problem already ("In their words"): not twice.
        if (handoff.request().summary().stream().noneMatch(field -> field.value().equals(problem))) {
            fields.add(new Reply.Field("Problem", problem));
        }
        fields.addAll(handoff.request().summary());
        return fields;
    }
}
