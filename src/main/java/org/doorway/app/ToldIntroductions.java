package org.doorway.app;

import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.followup.Introductions;

/**
 * Introduces two colleagues where Doorway cannot open a chat between them
 * (the local console, a platform without a way to, or two platforms): the
 * author, who agreed, already knows who asked and gets in touch.
 */
final class ToldIntroductions implements Introductions {
    @Override
    public Introduced introduce(ConversationKey asker, ConversationKey author, Reply intro) {
        return new Introduced.Told();
    }
}
