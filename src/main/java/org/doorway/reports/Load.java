package org.doorway.reports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Load per technologist: handoffs they hold now (offered or picked up, not yet
 * passed, moved or resolved) and the requests they picked up, passed and resolved.
 */
final class Load {
    static final List<String> KINDS = List.of("open", EventKinds.PICKED_UP, EventKinds.PASSED, EventKinds.RESOLVED);

    private Load() {}

    static Section section(List<RequestStory> stories) {
        Map<String, List<Long>> groups = new TreeMap<>();
        for (RequestStory story : stories) {
            if (story.steps().isEmpty() && story.holder().isEmpty()) {
                continue;
            }
            story.holder().ifPresent(holder -> Figures.add(groups, holder + "|open", story.id()));
            story.steps().stream().map(step -> step.technologistId() + "|" + step.kind()).distinct()
                    .forEach(key -> Figures.add(groups, key, story.id()));
        }
        List<Figure> figures = groups.entrySet().stream()
                .map(entry -> new Figure("load:" + entry.getKey().replace('|', ':'), label(entry.getKey()),
                        entry.getValue()))
                .toList();
        return new Section("load", "Load per technologist", "Requests each technologist holds now, picked up, "
                + "passed and resolved (a request counts once per row).", figures, List.of());
    }

    private static String label(String key) {
        String[] parts = key.split("\\|", 2);
        String what = switch (parts[1]) {
            case "open" -> "holds now";
            case EventKinds.PICKED_UP -> "picked up";
            case EventKinds.PASSED -> "passed";
            default -> "resolved";
        };
        return parts[0] + ": " + what;
    }
}
