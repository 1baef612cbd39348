package org.doorway.slack;

import java.util.List;
import org.doorway.conversation.Reply;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessage;
import org.doorway.outbox.Outbox;

/**
 * Sends replies to Slack through the outbox: renders each as Block Kit and
 * queues one call per message in the caller's unit of work. The lane is the
 * conversation, so its messages arrive in order. Also what the handoff
 * feature's wiring uses to reach a technologist or a group DM. Thread-safe.
 */
public final class SlackReplies {
    public static final String PLATFORM = "slack";

    private final Outbox outbox;
    private final BlockKitRenderer renderer;

    public SlackReplies(Outbox outbox, BlockKitRenderer renderer) {
        this.outbox = outbox;
        this.renderer = renderer;
    }

    /** Posts each reply to the channel (or thread), in order. */
    public void send(SlackAddress to, List<Reply> replies) {
        for (Reply reply : replies) {
            queue(SlackCall.POST, to.conversation(), SlackCall.post(to, renderer.render(reply)));
        }
    }

    /** Opens (or finds) the DM or group DM of these users, then posts each reply there. */
    public void sendToGroup(List<String> userIds, List<Reply> replies) {
        String lane = "group:" + String.join(",", userIds.stream().sorted().toList());
        for (Reply reply : replies) {
            queue(SlackCall.OPEN_AND_POST, lane, SlackCall.openAndPost(userIds, renderer.render(reply)));
        }
    }

    /**
     * A handoff's summary with its buttons, in the group DM of these users or
     * in a channel, recorded once posted so later changes rewrite it. Every
     * message and rewrite of one handoff shares a lane, so a rewrite never
     * overtakes the post it rewrites.
     */
    public void showHandoff(List<String> userIds, long handoffId, HandoffMessage.Audience audience,
            Reply.HandoffSummary summary) {
        queue(SlackCall.OPEN_AND_POST, handoffLane(handoffId),
                SlackCall.openAndPost(userIds, renderer.render(summary)).showing(handoffId, audience.key()));
    }

    public void showHandoff(SlackAddress where, long handoffId, HandoffMessage.Audience audience,
            Reply.HandoffSummary summary) {
        queue(SlackCall.POST, handoffLane(handoffId),
                SlackCall.post(where, renderer.render(summary)).showing(handoffId, audience.key()));
    }

    /** Rewrites every recorded message of the handoff, each as its audience should now see it. */
    public void refresh(HandoffCards cards) {
        outbox.enqueue(PLATFORM, SlackHandoffRefresh.OPERATION, handoffLane(cards.handoffId()),
                SlackHandoffRefresh.of(cards, renderer).toJson());
    }

    private static String handoffLane(long handoffId) {
        return "slack:handoff:" + handoffId;
    }

    /** A reply only {@code userId} sees, in the conversation where they clicked. */
    void sendEphemeral(SlackAddress where, String userId, Reply reply) {
        queue(SlackCall.EPHEMERAL, where.conversation(), SlackCall.ephemeral(where, userId, renderer.render(reply)));
    }

    /** Replaces the message at {@code ts} with {@code reply}. */
    void replace(SlackAddress where, String ts, Reply reply) {
        SlackMessage message = renderer.render(reply);
        update(where, ts, message.text(), message.blocksJson());
    }

    void update(SlackAddress where, String ts, String text, String blocksJson) {
        queue(SlackCall.UPDATE, where.conversation(), SlackCall.update(where.channel(), ts, text, blocksJson));
    }

    void publishHome(String userId, String viewJson) {
        queue(SlackCall.PUBLISH_HOME, "home:" + userId, SlackCall.publishHome(userId, viewJson));
    }

    /** Republishes {@code userId}'s App Home when this is delivered, as it then reads. */
    public void refreshHome(String userId) {
        queue(SlackCall.REFRESH_HOME, "home:" + userId, SlackCall.publishHome(userId, null));
    }

    private void queue(String operation, String lane, SlackCall call) {
        outbox.enqueue(PLATFORM, operation, lane, call.toJson());
    }
}
