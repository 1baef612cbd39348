package org.doorway.store;

import org.doorway.handoff.HistoryEntry;
import org.doorway.reports.EventKinds;

/** The conversation-log kind of each step in a handoff's history. */
final class HandoffEventKinds {
    private HandoffEventKinds() {}

    static String of(HistoryEntry.Event event) {
        return switch (event) {
            case REQUESTED -> EventKinds.HANDED_OFF;
            case OFFERED -> EventKinds.OFFERED;
            case QUEUED -> "queued";
            case ACKNOWLEDGED -> EventKinds.PICKED_UP;
            case PASSED -> EventKinds.PASSED;
            case SLA_MISSED -> EventKinds.SLA_MOVED;
            case STAFF_TOLD -> "staff-told";
            case TEAM_CHANNEL -> EventKinds.TEAM_CHANNEL;
            case RESOLVED -> EventKinds.RESOLVED;
            case TRANSFERRED -> EventKinds.TRANSFERRED;
            case STAFF_ADDED -> EventKinds.STAFF_ADDED;
            case STAFF_CLOSED -> EventKinds.STAFF_CLOSED;
            case NUDGED -> EventKinds.NUDGED;
        };
    }
}
