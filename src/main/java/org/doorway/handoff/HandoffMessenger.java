package org.doorway.handoff;

import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * How handoff news reaches people, implemented by each chat adapter through
 * the outbox so that it is sent once the unit of work commits and survives a
 * crash or an outage. The platform is the staff member's:
 * {@code handoff.request().staff().platform()}.
 */
public interface HandoffMessenger {

    /**
     * Opens the direct thread between the staff member and the technologist and
     * posts the summary in it. Slack: a group DM with both people. Teams: a
     * proactive message to the technologist. Returns the link that opens a chat
     * with the technologist, where the platform has one (Teams:
     * {@code https://teams.microsoft.com/l/chat/0/0?users=<upn>}); it is shown
     * to the staff member. Adapters that learn the thread's conversation id
     * report it to {@link HandoffService#threadOpened}.
     */
    Optional<String> openThread(Handoff handoff, Technologist technologist, Reply.HandoffSummary summary);

    /** A message to the staff member in their conversation with Doorway. */
    void tellStaff(ConversationKey staff, Reply reply);

    /** The last resort when nobody picks a handoff up: the whole team sees it and anyone can take it. */
    void postToTeamChannel(String channel, Reply.HandoffSummary summary);

    /**
     * Rewrites every message this platform holds that shows the handoff's
     * buttons, each with the card for its audience ({@link HandoffCards#forAudience}),
     * so no message offers a button that no longer acts. Through the outbox,
     * after the messages posted before it; a message already showing
     * {@code cards.version()} or newer is left alone.
     */
    void refresh(HandoffCards cards);

    /**
     * A message to a technologist in their own chat with Doorway on {@code platform}
     * (a review-date reminder, say). By default, to the conversation named by
     * their id there (Slack: a DM to the user id). Teams opens the 1:1 chat
     * proactively when there is none yet.
     */
    default void tellTechnologist(Technologist technologist, String platform, Reply reply) {
        technologist.chatId(platform).ifPresent(id -> tellStaff(new ConversationKey(platform, id, id), reply));
    }

    /** Whether this technologist can be reached on the platform; by default, when they have an id there. */
    default boolean reaches(Technologist technologist, String platform) {
        return technologist.chatId(platform).isPresent();
    }
}
