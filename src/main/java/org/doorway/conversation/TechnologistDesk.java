package org.doorway.conversation;

import java.util.Optional;

/**
 * The port of the technologists' desk (implemented in {@code handoff}): their
 * buttons on handoff summaries and their availability. Only the
 * {@link FrontDesk} calls it; what it does joins the caller's unit of work.
 */
public interface TechnologistDesk {

    /** How a click on {@code optionId} is taken when the option is one of the technologists'; else empty. */
    Optional<Option.Click> clickOf(String optionId);

    /**
     * Why {@code who} cannot use this button now, changing nothing; empty when
     * they can. Lets an adapter refuse before asking for a note that would
     * only be refused afterwards.
     */
    Optional<Reply> refusal(ConversationKey who, String optionId);

    /** Does what the button says; {@code note} is the reason or outcome the person wrote, or empty. */
    ButtonOutcome press(ConversationKey who, String optionId, String note);

    /** {@code available}, {@code busy} or {@code away} typed by anyone: the answer, or empty for other text. */
    Optional<Reply> availabilityWord(ConversationKey who, String text);

    /** The availability switch. */
    Reply setAvailable(ConversationKey who, boolean available);
}
