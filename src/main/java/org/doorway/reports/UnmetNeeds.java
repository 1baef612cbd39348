package org.doorway.reports;

import java.util.List;
import java.util.Map;

/**
 * What the catalogue could not serve, grouped so the things people keep asking
 * for stand out: one group per reason and need (no tool for the need, none of
 * the suggestions fitted, the classifier was unsure and this need was its
 * closest guess). A request can be in more than one group.
 */
final class UnmetNeeds {
    private UnmetNeeds() {}

    static Section section(List<RequestStory> stories) {
        Map<String, List<Long>> groups = Figures.grouped();
        for (RequestStory story : stories) {
            String need = story.need().orElse(Volume.NO_NEED);
            if (story.noTools()) {
                Figures.add(groups, "no-tools:" + need, story.id());
            }
            if (story.rejected()) {
                Figures.add(groups, "rejected:" + need, story.id());
            }
            if (story.unsure()) {
                Figures.add(groups, "unsure:" + need, story.id());
            }
        }
        return new Section("unmet", "Unmet needs", "Largest groups first: the things people keep asking for that "
                + "the catalogue does not serve.", Figures.groups(groups, key -> "unmet:" + key, UnmetNeeds::label),
                List.of());
    }

    /** Went unmet: no tool for the need, none of the suggestions fitted, or the classifier was unsure. */
    static boolean unmet(RequestStory story) {
        return story.noTools() || story.rejected() || story.unsure();
    }

    /** The things people keep asking for: the largest groups of unmet requests by what they wrote. */
    static Section asks(List<UnmetThemes.Theme> themes, int unmet) {
        List<Figure> figures = themes.stream().map(theme -> new Figure("asks:" + theme.key(), "\u201c"
                + theme.label() + "\u201d", theme.requestIds())).toList();
        int grouped = figures.stream().mapToInt(Figure::count).sum();
        return new Section("asks", "What people keep asking for", "Unmet requests grouped by the words they share "
                + "(at least " + UnmetThemes.SMALLEST + " requests a group; each request in one group at most), "
                + "the five largest.", figures, List.of(new Section.Measure("Unmet requests in these groups",
                Figures.share(grouped, unmet))));
    }

    private static String label(String key) {
        String need = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("no-tools:")) {
            return "No tool in the catalogue for " + need;
        }
        if (key.startsWith("rejected:")) {
            return "None of the suggestions fitted for " + need;
        }
        return "Unsure what was meant; closest was " + need;
    }
}
