package org.doorway.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private final TeamsSettings settings;

    public TeamsHandoffMessenger(TeamsReplies replies, ConversationReferences references, TeamsSettings settings) {
        this.replies = replies;
        this.references = references;
        this.settings = settings;
    }

    /** Whether {@code channel} names a Teams channel (its conversation id, {@code 19:…@thread.tacv2}). */
    public static boolean isTeamsChannel(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches();
    }

    @Override
    public Optional<String> openThread(Handoff handoff, Technologist technologist, Reply.HandoffSummary summary) {
        ObjectNode card = replies.render(summary);
        Optional<String> userId = TeamsChatLink.userId(technologist);
        Optional<ConversationReference> chat = userId.flatMap(references::personalChatWith);
        HandoffMessage.Audience audience = HandoffMessage.Audience.technologist(technologist.id());
        if (chat.isPresent()) {
            replies.showHandoff(new TeamsHandoffPayloads.Post(handoff.id(), audience,
                    Optional.of(TeamsDelivery.post(chat.get(), card)), Optional.empty()));
        } else if (userId.isPresent()) {
            Optional<ConversationReference> staff = references.find(handoff.request().staff().conversation());
            replies.showHandoff(new TeamsHandoffPayloads.Post(handoff.id(), audience, Optional.empty(),
                    Optional.of(new PersonalMessage(
                            staff.map(ConversationReference::serviceUrl).orElse(settings.globalServiceUrl()),
                            staff.map(ConversationReference::botId).orElse("28:" + settings.appId()),
                            settings.tenantId().or(() -> staff.map(ConversationReference::tenantId)).orElse(""),
                            userId.get(), card))));
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
        ObjectNode card = replies.render(reply);
        Optional<ConversationReference> chat = references.personalChatWith(userId.get());
        if (chat.isPresent()) {
            replies.send(TeamsDelivery.post(chat.get(), card));
        } else {
            replies.openPersonalAndPost(new PersonalMessage(settings.globalServiceUrl(), "28:" + settings.appId(),
                    settings.tenantId().orElse(""), userId.get(), card));
        }
    }

    @Override
    public void postToTeamChannel(String channel, Reply.HandoffSummary summary) {
        String serviceUrl = references.find(channel).map(ConversationReference::serviceUrl)
                .orElse(settings.globalServiceUrl());
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
