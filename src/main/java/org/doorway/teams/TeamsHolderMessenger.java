package org.doorway.teams;

import java.util.Optional;
import org.doorway.config.TeamsSettings;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HolderMessenger;
import org.doorway.handoff.Technologist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Word to a technologist about a handoff they hold, in Teams: both a
 * reminder and what the staff member added go to the technologist's 1:1 chat
 * with Doorway, where the handoff's card is (opened proactively when there is
 * none yet), since Teams has no chat of three with the bot.
 */
public final class TeamsHolderMessenger implements HolderMessenger {
    private static final Logger log = LoggerFactory.getLogger(TeamsHolderMessenger.class);

    private final TeamsReplies replies;
    private final PersonalChats chats;

    public TeamsHolderMessenger(TeamsReplies replies, ConversationReferences references, TeamsSettings settings) {
        this.replies = replies;
        this.chats = new PersonalChats(references, settings);
    }

    @Override
    public void tellHolder(Handoff handoff, Technologist technologist, Reply reply) {
        send(handoff, technologist, reply);
    }

    @Override
    public void intoThread(Handoff handoff, Technologist technologist, Reply reply) {
        send(handoff, technologist, reply);
    }

    private void send(Handoff handoff, Technologist technologist, Reply reply) {
        Optional<String> userId = TeamsChatLink.userId(technologist);
        if (userId.isPresent()) {
            chats.to(userId.get(), Optional.of(handoff.request().staff().conversation()), replies.render(reply))
                    .send(replies);
        } else {
            log.info("Technologist {} has no Teams id on the roster, so a message about handoff {} could not reach "
                    + "them; add their Teams id to the roster", technologist.id(), handoff.id());
        }
    }
}
