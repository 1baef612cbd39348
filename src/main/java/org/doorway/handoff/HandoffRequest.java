package org.doorway.handoff;

import java.time.Instant;
import java.util.List;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * A staff member's request for a person, with everything already said so
 * nobody asks twice: the problem in their words, the classification, their
 * answers, the tools shown and their reactions, and for faults the facts
 * collected. {@code toolIds} are tools the request is about, for routing by
 * tool expertise. {@code urgent} is a fault that cannot wait: a shorter SLA
 * step, first out of the queue, and the team channel sooner.
 */
public record HandoffRequest(long requestId, ConversationKey staff, String staffName, Kind kind, String problem,
        List<String> needIds, List<String> toolIds, List<Reply.Field> summary, Instant requestedAt, boolean urgent) {

    /** A request that is not urgent. */
    public HandoffRequest(long requestId, ConversationKey staff, String staffName, Kind kind, String problem,
            List<String> needIds, List<String> toolIds, List<Reply.Field> summary, Instant requestedAt) {
        this(requestId, staff, staffName, kind, problem, needIds, toolIds, summary, requestedAt, false);
    }

    public enum Kind { TEACHING, FAULT }

    public HandoffRequest {
        needIds = List.copyOf(needIds);
        toolIds = List.copyOf(toolIds);
        summary = List.copyOf(summary);
    }
}
