package org.doorway.conversation;

import java.util.Optional;

/**
 * The port of the technologists' desk (implemented in {@code handoff}): their
 * buttons on handoff summaries, which it owns as an {@link OptionOwner}, and
 * their availability. Only the {@link FrontDesk} calls it; what it does joins
 * the caller's unit of work.
 */
public interface TechnologistDesk extends OptionOwner {

    /** Does what the button says; {@code note} is the reason or outcome the person wrote, or empty. */
    @Override
    ButtonOutcome press(ConversationKey who, String optionId, String note);

    /** {@code available}, {@code busy} or {@code away} typed by anyone: the answer, or empty for other text. */
    Optional<Reply> availabilityWord(ConversationKey who, String text);

    /** The availability switch. */
    Reply setAvailable(ConversationKey who, boolean available);
}
