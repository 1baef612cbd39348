package org.doorway.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's requests by id, built the first time a figure is drilled down
 * (a page of tiles never needs it). Thread-safe: a kept report is shared.
 */
final class RequestIndex {
    private final List<RequestStory> requests;
    private Map<Long, RequestStory> byId;

    RequestIndex(List<RequestStory> requests) {
        this.requests = requests;
    }

    synchronized RequestStory get(long id) {
        if (byId == null) {
            byId = new HashMap<>(requests.size() * 4 / 3 + 1);
            requests.forEach(story -> byId.put(story.id(), story));
        }
        return byId.get(id);
    }
}
