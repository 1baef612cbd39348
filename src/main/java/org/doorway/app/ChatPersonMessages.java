package org.doorway.app;

import java.util.Queue;
import org.doorway.console.ConsoleMessenger;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.followup.PersonMessages;
import org.doorway.store.Database;

/**
 * A terminal chat's messages to people, shown only once the unit of work that queued them has committed: a
 * follow-up whose claim rolls back is not shown, so when the job claims it again it shows once, not twice.
 * The chatting user's own messages wait in {@code later} for the chat to show; anyone else's are printed as
 * what Doorway would tell them.
 */
final class ChatPersonMessages implements PersonMessages {
    private final ConversationKey me;
    private final Queue<Reply> later;
    private final ConsoleMessenger others;
    private final Database database;

    ChatPersonMessages(ConversationKey me, Queue<Reply> later, ConsoleMessenger others, Database database) {
        this.me = me;
        this.later = later;
        this.others = others;
        this.database = database;
    }

    @Override
    public void tell(ConversationKey who, Reply reply) {
        database.afterCommit(() -> {
            if (who.platform().equals(me.platform()) && who.user().equals(me.user())) {
                later.add(reply);
            } else {
                others.tellSomeoneElse(who, reply);
            }
        });
    }
}
