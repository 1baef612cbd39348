package org.doorway.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorway.conversation.Reply;
import org.doorway.handoff.HandoffCards;
import org.doorway.outbox.Outbox;
import org.doorway.teams.card.AdaptiveCardRenderer;

/**
 * Sends cards to Teams through the outbox: call it inside the unit of work
 * whose state change the cards report, so both commit together. Items of one
 * conversation share a lane and arrive in order. Thread-safe.
 */
public final class TeamsReplies {
    public static final String PLATFORM = "teams";
    static final String POST = "post";
    static final String REPLY = "reply";
    static final String UPDATE = "update";
    static final String OPEN_PERSONAL_AND_POST = "open-personal-and-post";
    private static final int MAX_LANE = 300;

    private final Outbox outbox;
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    public TeamsReplies(Outbox outbox) {
        this.outbox = outbox;
    }

    ObjectNode render(Reply reply) {
        return renderer.render(reply);
    }

    void send(TeamsDelivery delivery) {
        String operation = delivery.replaces().isPresent() ? UPDATE
                : delivery.replyToId().isPresent() ? REPLY : POST;
        outbox.enqueue(PLATFORM, operation, lane(delivery.conversationId()), delivery.toJson());
    }

    void openPersonalAndPost(PersonalMessage message) {
        outbox.enqueue(PLATFORM, OPEN_PERSONAL_AND_POST, lane("personal:" + message.userId()), message.toJson());
    }

    /**
     * A card showing a handoff's buttons, recorded once posted. Every card and
     * rewrite of one handoff shares a lane, so a rewrite never overtakes the
     * post it rewrites.
     */
    void showHandoff(TeamsHandoffPayloads.Post post) {
        outbox.enqueue(PLATFORM, TeamsHandoffPayloads.POST, handoffLane(post.handoffId()), post.toJson());
    }

    void refresh(HandoffCards cards) {
        outbox.enqueue(PLATFORM, TeamsHandoffPayloads.REFRESH, handoffLane(cards.handoffId()),
                TeamsHandoffPayloads.Refresh.of(cards, renderer).toJson());
    }

    private static String handoffLane(long handoffId) {
        return PLATFORM + ":handoff:" + handoffId;
    }

    /** Lanes are shared by all platforms' items, so Teams' carry a prefix; very long ids are hashed to fit. */
    static String lane(String conversationId) {
        String lane = PLATFORM + ":" + conversationId;
        return lane.length() <= MAX_LANE ? lane : PLATFORM + ":" + EventKeys.sha256(conversationId);
    }
}
