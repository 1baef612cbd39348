package org.doorway.handoff;

import java.util.List;

/**
 * Told, inside the unit of work, that a handoff changed in a way that shows
 * in people's queues and request lists: the technologists whose queue it
 * leaves or joins (as the roster knows them), and its staff member. Slack republishes their App Homes
 * through the outbox. Implementations only queue work.
 */
@FunctionalInterface
public interface QueueWatch {

    void changed(Handoff handoff, List<Technologist> technologists);

    QueueWatch NONE = (handoff, technologists) -> { };
}
