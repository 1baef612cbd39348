package org.doorway.reports;

import java.util.List;

/**
 * One number in a report and exactly the requests it counts: its count is the
 * number of request ids, so the drill-down always adds up to the tile.
 */
public record Figure(String id, String label, List<Long> requestIds) {
    public Figure {
        requestIds = List.copyOf(requestIds);
    }

    public int count() {
        return requestIds.size();
    }
}
