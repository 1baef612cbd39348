package org.doorway.handoff;

import org.doorway.conversation.Reply;

/**
 * How a technologist who holds a handoff hears of it besides its summary,
 * through the outbox on the handoff's platform (the staff member's): a
 * private word (a reminder) and a message in the thread they share with the
 * staff member (what the staff member added). Slack: a DM, and the group DM;
 * Teams: their 1:1 chat with Doorway for both.
 */
public interface HolderMessenger {

    /** A message only the technologist sees. */
    void tellHolder(Handoff handoff, Technologist technologist, Reply reply);

    /** A message in the conversation where the technologist works on the handoff. */
    void intoThread(Handoff handoff, Technologist technologist, Reply reply);

    /** Nobody to tell: a Doorway without chat platforms. */
    HolderMessenger NONE = new HolderMessenger() {
        @Override
        public void tellHolder(Handoff handoff, Technologist technologist, Reply reply) {}

        @Override
        public void intoThread(Handoff handoff, Technologist technologist, Reply reply) {}
    };
}
