package org.doorway.handoff;

import java.time.Instant;
import java.util.Map;

/**
 * Each technologist's count of open handoffs. Taking a slot is one
 * conditional change in the store, so that two requests at the same moment,
 * on one instance or several, never push anyone over capacity.
 */
public interface Workloads {

    /** Every known workload by technologist id; someone missing has none. */
    Map<String, Workload> all();

    /** Takes one slot if they hold fewer than {@code capacity}; false when they are full. */
    boolean take(String technologistId, int capacity, Instant at);

    /** Takes a slot whatever the load: a technologist chose to pick up a handoff from the team channel. */
    void takeAnyway(String technologistId, Instant at);

    /** Gives a slot back when a handoff is passed on, moved or resolved. */
    void release(String technologistId);
}
