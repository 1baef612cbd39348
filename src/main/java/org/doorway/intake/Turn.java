package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import org.doorway.conversation.Reply;

/** The result of one turn: the state to save and the replies to send, in order. */
record Turn(ConversationState state, List<Reply> replies) {
    Turn {
        replies = List.copyOf(replies);
    }

    static Turn of(ConversationState state, Reply... replies) {
        return new Turn(state, List.of(replies));
    }

    /** This turn with {@code first} said before its replies. */
    Turn after(Reply first) {
        List<Reply> all = new ArrayList<>();
        all.add(first);
        all.addAll(replies);
        return new Turn(state, all);
    }

    /** This turn with {@code last} said after its replies. */
    Turn then(Reply last) {
        List<Reply> all = new ArrayList<>(replies);
        all.add(last);
        return new Turn(state, all);
    }
}
