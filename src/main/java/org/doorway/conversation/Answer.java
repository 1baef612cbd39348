package org.doorway.conversation;

import java.util.List;

/**
 * What the front desk answers to one inbound: replies for the conversation
 * it came from, or, for a technologist's button, a {@link ButtonOutcome}
 * (the answer for the person who clicked, and how the clicked message should
 * now read).
 */
public sealed interface Answer permits Answer.Replies, ButtonOutcome {

    /** Replies to send back into the conversation, in order. */
    record Replies(List<Reply> replies) implements Answer {
        public Replies {
            replies = List.copyOf(replies);
        }

        @Override
        public List<Reply> said() {
            return replies;
        }
    }

    static Answer of(Reply... replies) {
        return new Replies(List.of(replies));
    }

    /** The replies to say, wherever the adapter says them. */
    List<Reply> said();
}
