package org.doorway.conversation;

import java.util.List;

/**
 * The port of the staff dialogue (implemented in {@code intake}): a staff
 * member's message or choice in, the replies to send back out, in order. The
 * dialogue state it changes is saved in the caller's unit of work. Only the
 * {@link FrontDesk} calls it.
 */
@FunctionalInterface
public interface StaffDialogue {
    List<Reply> handle(Inbound inbound);

    /**
     * Builds what {@link #handle} needs and is slow to build the first time
     * (the classifier's index). The turn pipeline calls it before it opens the
     * unit of work, so that no transaction, and no ack waiting behind it, waits for
     * that. Cheap once done.
     */
    default void prepare() {
        // nothing to build by default
    }
}
