package org.doorway.conversation;

import java.util.List;
import java.util.Optional;

/**
 * What a technologist's button did: the answer for the person who clicked it
 * and, when the handoff changed, how the message that carried the button
 * should now read (its status, and only the buttons that still make sense),
 * so that adapters can replace it and nobody presses a stale button.
 */
public record ButtonOutcome(Reply answer, Optional<Reply.HandoffSummary> updated) implements Answer {

    /** Nothing changed: a refusal, or a click on something already done. */
    public static ButtonOutcome unchanged(String answer) {
        return new ButtonOutcome(Reply.Text.of(answer), Optional.empty());
    }

    public static ButtonOutcome changed(String answer, Reply.HandoffSummary updated) {
        return new ButtonOutcome(Reply.Text.of(answer), Optional.of(updated));
    }

    @Override
    public List<Reply> said() {
        return List.of(answer);
    }
}
