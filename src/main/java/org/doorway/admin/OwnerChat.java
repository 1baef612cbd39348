package org.doorway.admin;

import org.doorway.handoff.Technologist;

/** Queues a chat message to a technologist on every platform they have an id on, in the current unit of work. */
@FunctionalInterface
public interface OwnerChat {
    void tell(Technologist owner, String text);
}
