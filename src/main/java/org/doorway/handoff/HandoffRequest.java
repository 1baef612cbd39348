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
 * tool expertise.
 */
public record HandoffRequest(long requestId, ConversationKey staff, String staffName, Kind kind, String problem,
        List<String> needIds, List<String> toolIds, List<Reply.Field> summary, Instant requestedAt) {

    public enum Kind { TEACHING, FAULT }

    public HandoffRequest {
        needIds = List.copyOf(needIds);
        toolIds = List.copyOf(toolIds);
        summary = List.copyOf(summary);
    }
}
