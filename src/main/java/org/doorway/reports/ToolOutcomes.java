package org.doorway.reports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the advice worked, from the follow-up answers: one row per tool, need
 * and answer (worked / partly / not yet / didn't try), as counts; the response
 * rate as "n of m".
 */
final class ToolOutcomes {
    private ToolOutcomes() {}

    static Section section(List<RequestStory> stories) {
        Map<String, List<Long>> groups = new TreeMap<>();
        for (RequestStory story : stories) {
            if (story.outcomes().isEmpty()) {
                continue;
            }
            String need = story.need().orElse(Volume.NO_NEED);
            story.outcomes().stream().map(outcome -> outcome.toolId() + ":" + need + ":" + outcome.result())
                    .distinct().forEach(key -> Figures.add(groups, key, story.id()));
        }
        List<Figure> figures = new java.util.ArrayList<>();
        figures.add(Figures.where("followed-up", "Asked how it went", stories, RequestStory::followedUp));
        figures.add(Figures.where("answered-follow-up", "Answered the follow-up", stories,
                story -> story.followedUp() && !story.outcomes().isEmpty()));
        groups.forEach((key, requests) -> figures.add(new Figure("outcome:" + key, label(key), requests)));
        return new Section("outcomes", "Outcomes per tool and need", "From follow-up answers; counts, never "
                + "percentages of a handful.", figures, List.of(new Section.Measure("Response rate",
                Figures.share(figures.get(1).count(), figures.get(0).count()))));
    }

    private static String label(String key) {
        String[] parts = key.split(":", 3);
        return parts[0] + " for " + parts[1] + ": " + parts[2].replace('-', ' ');
    }
}
