package org.doorway.handoff;

import java.util.ArrayList;
import java.util.List;
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
                handoff.request().staffName(), fields, List.of(HandoffOptions.acknowledge(handoff)));
    }

    /**
     * The summary after a technologist's step: everything said so far, where
     * it stands now, and the buttons still useful (after "I've got this":
     * pass and resolve; after a pass or resolution: none).
     */
    static Reply.HandoffSummary afterwards(Handoff handoff, String status) {
        List<Reply.Field> fields = fields(handoff);
        fields.add(new Reply.Field("Status", status));
        List<org.doorway.conversation.Option> options = handoff.state() == Handoff.State.ACKNOWLEDGED
                ? List.of(HandoffOptions.pass(handoff), HandoffOptions.resolve(handoff)) : List.of();
        return new Reply.HandoffSummary(handoff.handoffId(), title(handoff.request()), handoff.request().staffName(),
                fields, options);
    }

    private static String title(HandoffRequest request) {
        return (request.kind() == HandoffRequest.Kind.FAULT ? "Fault report from " : "Teaching question from ")
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
