package org.doorway.teams;

import java.util.Optional;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * The technologists' handoff buttons ({@code handoff:…} option ids) clicked in
 * Teams, answered by the handoff feature in its own unit of work: the answer
 * for whoever clicked and, when the handoff changed, the summary card as it
 * should now read (with only the buttons that still make sense).
 */
@FunctionalInterface
public interface TechnologistButtons {

    ButtonOutcome press(ConversationKey who, String optionId);

    /** For an adapter wired without the handoff feature. */
    static TechnologistButtons none() {
        return (who, optionId) -> new ButtonOutcome(Reply.Text.of("Handoffs aren't set up here yet."),
                Optional.empty());
    }
}
