package org.doorway.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A feature that owns options of its own beside the staff dialogue's: the
 * technologists' buttons on a handoff summary, a webinar's "Remind me". Its
 * option ids start with its {@link #prefix}; the {@link FrontDesk} alone reads
 * that prefix, to hand a click to the owner that offered it. Each person's
 * click on an owner's option counts: it never uses up the message's other
 * choices. What it does joins the caller's unit of work.
 */
public interface OptionOwner {

    /** How every one of this owner's option ids starts, colon included, as {@code handoff:}. */
    String prefix();

    /** How a click on one of this owner's options is taken. */
    default Option.Click clickOf(String optionId) {
        return new Option.Click.EveryPerson(Optional.empty());
    }

    /**
     * Why {@code who} cannot use this option now, changing nothing; empty when
     * they can. Lets an adapter refuse before asking for a note that would
     * only be refused afterwards.
     */
    default Optional<Reply> refusal(ConversationKey who, String optionId) {
        return Optional.empty();
    }

    /**
     * The answers a note may be picked from instead of typed (for "Transfer
     * to…": the colleagues, best first, each labelled with where they stand);
     * empty for a free-text note. Read-only.
     */
    default List<Option> noteChoices(ConversationKey who, String optionId) {
        return List.of();
    }

    /** Does what the option says; {@code note} is what the person wrote when the option asked for a note, or empty. */
    Answer press(ConversationKey who, String optionId, String note);

    /** As {@link #press(ConversationKey, String, String)}, knowing the clicker's name (a consent that names them). */
    default Answer press(Inbound.Action action) {
        return press(action.key(), action.optionId(), action.note());
    }

    /**
     * The answer to a message this owner waits for (a comment after a follow-up, "forget my stories"), or empty
     * for the staff dialogue's.
     */
    default Optional<Reply> said(ConversationKey who, String text) {
        return Optional.empty();
    }

    /** Options of this owner's to add under these suggestions, perhaps none. */
    default List<Option> under(Reply.Suggestions suggestions) {
        return List.of();
    }
}
