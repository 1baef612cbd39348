package org.doorway.teams;

import java.util.Optional;
import java.util.regex.Pattern;
import org.doorway.config.TeamsSettings;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessage;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.Technologist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handoff news in Teams, through the outbox. The technologist gets the
 * summary card with its buttons in their 1:1 chat with Doorway (opened
 * proactively when there is none yet); the staff member gets a link that
 * opens a 1:1 chat with the technologist, pre-filled with a one-line summary,
 * and later notices in their own conversation. Call inside the handoff's unit
 * of work. Thread-safe.
 */
public final class TeamsHandoffMessenger implements HandoffMessenger {
    private static final Pattern CHANNEL = Pattern.compile("19:[^;\\s]+@thread\\.[a-z0-9]+");
    private static final Logger log = LoggerFactory.getLogger(TeamsHandoffMessenger.class);

    private final TeamsReplies replies;
    private final ConversationReferences references;
    private final PersonalChats chats;

    public TeamsHandoffMessenger(TeamsReplies replies, ConversationReferences references, TeamsSettings settings) {
        this.replies = replies;
        this.references = references;
        this.chats = new PersonalChats(references, settings);
    }

    /** Whether {@code channel} names a Teams channel (its conversation id, {@code 19:…@thread.tacv2}). */
    public static boolean isTeamsChannel(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches();
    }

    @Override
    public Optional<String> openThread(Handoff handoff, Technologist technologist, Reply.HandoffSummary summary) {
        Optional<String> userId = TeamsChatLink.userId(technologist);
        if (userId.isPresent()) {
            PersonalChats.Way way = chats.to(userId.get(), Optional.of(handoff.request().staff().conversation()),
                    replies.render(summary));
            replies.showHandoff(new TeamsHandoffPayloads.Post(handoff.id(),
                    HandoffMessage.Audience.technologist(technologist.id()), way.post(), way.open()));
        } else {
            log.info("Technologist {} has no Teams id on the roster: they hear of handoff {} only through the "
                    + "staff member's chat link", technologist.id(), handoff.id());
        }
        return Optional.of(TeamsChatLink.to(technologist, handoff.request().problem()));
    }

    @Override
    public void tellStaff(ConversationKey staff, Reply reply) {
        Optional<ConversationReference> where = references.find(staff.conversation());
        if (where.isEmpty()) {
            log.warn("No Teams conversation {} to tell the staff member about their handoff", staff.conversation());
            return;
        }
        replies.send(TeamsDelivery.post(where.get(), replies.render(reply)));
    }

    /** In the technologist's 1:1 chat with Doorway, opened first (through the global Bot Connector) when there is none. */
    @Override
    public void tellTechnologist(Technologist technologist, String platform, Reply reply) {
        Optional<String> userId = TeamsChatLink.userId(technologist);
        if (userId.isEmpty()) {
            log.info("Technologist {} has no Teams id on the roster, so a message for them was not sent in Teams",
                    technologist.id());
            return;
        }
        chats.to(userId.get(), Optional.empty(), replies.render(reply)).send(replies);
    }

    @Override
    public void postToTeamChannel(String channel, Reply.HandoffSummary summary) {
        String serviceUrl = references.find(channel).map(ConversationReference::serviceUrl)
                .orElse(PersonalChats.GLOBAL_SERVICE_URL);
        replies.showHandoff(new TeamsHandoffPayloads.Post(Long.parseLong(summary.handoffId()),
                HandoffMessage.Audience.team(), Optional.of(new TeamsDelivery(serviceUrl, channel, Optional.empty(),
                        Optional.empty(), replies.render(summary))), Optional.empty()));
    }

    @Override
    public void refresh(HandoffCards cards) {
        replies.refresh(cards);
    }

    /**
     * Only someone Doorway can send the card to: a technologist with an email
     * alone (or a sign-in name) would get the request without its buttons, so
     * routing skips them until their Teams id is known ({@link TeamsIds}).
     */
    @Override
    public boolean reaches(Technologist technologist, String platform) {
        if (!TeamsReplies.PLATFORM.equals(platform)) {
            return false;
        }
        if (TeamsChatLink.userId(technologist).isEmpty()) {
            log.info("{} is skipped for this Teams request: Doorway has no Teams id for them yet, so it could not "
                    + "send them the card. It learns it when they first message Doorway in Teams, or put their "
                    + "Entra ID object id in the roster's 'teams' field (docs/teams.md)", technologist.id());
            return false;
        }
        return true;
    }
}
