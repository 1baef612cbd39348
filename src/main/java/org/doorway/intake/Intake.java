package org.doorway.intake;

import java.util.List;

/**
 * The conversation's single entry point for every adapter: one inbound
 * message or action in, the replies to send back out, in order. The dialogue
 * state it changes is saved in the caller's transaction when there is one.
 */
@FunctionalInterface
public interface Intake {
    List<Reply> handle(Inbound inbound);
}
