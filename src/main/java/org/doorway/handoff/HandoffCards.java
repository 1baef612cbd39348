package org.doorway.handoff;

import java.util.Map;
import org.doorway.conversation.Reply;

/**
 * How every message showing a handoff should read after a change: the same
 * status for all, with the buttons each audience can still use (the holder
 * keeps theirs, everyone else's go; the team channel keeps "I've got this"
 * only while the request still waits). {@code version} is the handoff's, so an
 * adapter never rewrites a message with an older state than it shows.
 */
public record HandoffCards(long handoffId, int version, Reply.HandoffSummary team,
        Map<String, Reply.HandoffSummary> byTechnologist, Reply.HandoffSummary anyoneElse) {

    public HandoffCards {
        byTechnologist = Map.copyOf(byTechnologist);
    }

    /** The card for a message written for {@code audience}. */
    public Reply.HandoffSummary forAudience(HandoffMessage.Audience audience) {
        return audience.technologistId().map(id -> byTechnologist.getOrDefault(id, anyoneElse)).orElse(team);
    }
}
