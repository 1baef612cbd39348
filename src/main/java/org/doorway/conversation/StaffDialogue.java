package org.doorway.conversation;

import java.util.List;

/**
 * The conversation's single entry point for every adapter: one inbound
 * message or action in, the replies to send back out, in order. The dialogue
 * state it changes is saved in the caller's transaction when there is one.
 */
@FunctionalInterface
public interface StaffDialogue {
    List<Reply> handle(Inbound inbound);

    /**
     * Builds what {@link #handle} needs and is slow to build the first time
     * (the classifier's index). Adapters call it before they open the unit of
     * work, so that no transaction, and no ack waiting behind it, waits for
     * that. Cheap once done.
     */
    default void prepare() {
        // nothing to build by default
    }
}
