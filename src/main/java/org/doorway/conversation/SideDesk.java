package org.doorway.conversation;

import java.util.List;

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
