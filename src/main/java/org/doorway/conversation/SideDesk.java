package org.doorway.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Options that belong to neither the staff dialogue nor the technologists'
 * desk (a "Remind me" on a webinar), recognised by their id. The
 * {@link FrontDesk} adds its options under suggestions and hands it the
 * clicks on them. Each person's click counts: a click never uses up the
 * message's other choices.
 */
public interface SideDesk {

    /** Whether {@code optionId} is one of this desk's. */
    boolean owns(String optionId);

    /** The answer to a click on one of this desk's options; called inside the turn's unit of work. */
    Reply press(ConversationKey who, String optionId);

    /** Options to add under these suggestions, perhaps none. */
    List<Option> under(Reply.Suggestions suggestions);

    /** How a click on one of this desk's options is taken; by default every person's click counts. */
    default Option.Click clickOf(String optionId) {
        return new Option.Click.EveryPerson(Optional.empty());
    }

    /** The answer to a click, with who clicked and their name; by default {@link #press(ConversationKey, String)}. */
    default Reply press(Inbound.Action action) {
        return press(action.key(), action.optionId());
    }

    /** The answer to a message this desk is waiting for (a comment, a withdrawal), or empty for the dialogue's. */
    default Optional<Reply> said(ConversationKey who, String text) {
        return Optional.empty();
    }

    /** A front desk without a side desk. */
    SideDesk NONE = new SideDesk() {
        @Override
        public boolean owns(String optionId) {
            return false;
        }

        @Override
        public Reply press(ConversationKey who, String optionId) {
            throw new IllegalStateException("no side desk owns " + optionId);
        }

        @Override
        public List<Option> under(Reply.Suggestions suggestions) {
            return List.of();
        }
    };
}
