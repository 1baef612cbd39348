package org.doorway.handoff;

import java.util.List;

/**
 * Open handoffs by whose they are: a staff member's own, for "my requests",
 * and those picked up and not resolved, for the nudges (port;
 * {@code JdbiOpenHandoffs}). Reads see the caller's unit of work.
 */
public interface OpenHandoffs {

    /** The staff member's handoffs not resolved yet, the newest first. */
    List<Handoff> ofStaff(String platform, String user, int limit);

    /** Handoffs a technologist has acknowledged and not resolved, the longest held first. */
    List<Handoff> pickedUp(int limit);
}
