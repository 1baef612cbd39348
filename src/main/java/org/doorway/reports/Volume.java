package org.doorway.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many requests, where they ended up, about which needs, in which weeks. */
final class Volume {
    static final String NO_NEED = "(none)";

    private Volume() {}

    static List<Section> sections(List<RequestStory> stories, ZoneId zone, List<TermDates> terms) {
        int total = stories.size();
        Section overview = new Section("overview", "Requests", "Requests opened in the range; a reopened request "
                + "counts once.", List.of(
                Figures.where("requests", "Requests", stories, story -> true),
                Figures.where("faults", "Faults (something broken)", stories, RequestStory::fault),
                Figures.where("reopened", "Reopened after being resolved or closed", stories, RequestStory::reopened)),
                List.of(new Section.Measure("Faults", Figures.share(
                        (int) stories.stream().filter(RequestStory::fault).count(), total))));
        List<Figure> paths = List.of(
                Figures.where("self-served", "Self-served (a suggestion accepted, no handoff)", stories,
                        story -> story.path().equals("self-served")),
                Figures.where("handed-off", "Handed off to a person", stories,
                        story -> story.path().equals("handed-off")),
                Figures.where("suggested-only", "Shown suggestions, none accepted", stories,
                        story -> story.path().equals("suggested-only")),
                Figures.where("not-answered", "No suggestion and no handoff", stories,
                        story -> story.path().equals("not-answered")));
        Section path = new Section("paths", "Self-service and handoff", "Each request in exactly one row: a handoff "
                + "wins over an accepted suggestion.", paths, List.of(
                new Section.Measure("Self-service rate", Figures.share(paths.get(0).count(), total)),
                new Section.Measure("Handoff rate", Figures.share(paths.get(1).count(), total))));
        return List.of(overview, path, needs(stories), weeks(stories, zone, terms));
    }

    private static Section needs(List<RequestStory> stories) {
        Map<String, List<Long>> byNeed = Figures.grouped();
        stories.forEach(story -> Figures.add(byNeed, story.need().orElse(NO_NEED), story.id()));
        return new Section("needs", "Requests by pedagogic need", "The need each request ended up about; "
                + NO_NEED + " for faults and questions outside learning technology.",
                Figures.groups(byNeed, need -> "need:" + need, need -> need), List.of());
    }

    private static Section weeks(List<RequestStory> stories, ZoneId zone, List<TermDates> terms) {
        Map<String, List<Long>> byWeek = new TreeMap<>();
        stories.forEach(story -> Figures.add(byWeek, weekOf(story, zone).toString(), story.id()));
        List<Figure> figures = byWeek.entrySet().stream()
                .map(entry -> new Figure("week:" + entry.getKey(), TermDates.label(LocalDate.parse(entry.getKey()),
                        terms), entry.getValue()))
                .toList();
        return new Section("weeks", "Requests per week", "Weeks start on Monday in the institution's time zone"
                + (terms.isEmpty() ? "; set TERM_DATES to see term weeks." : ", numbered within each term."),
                figures, List.of());
    }

    static LocalDate weekOf(RequestStory story, ZoneId zone) {
        return story.openedAt().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
