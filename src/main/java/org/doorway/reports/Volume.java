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
        Map<String, List<Long>> byPath = Figures.grouped();
        List.of("self-served", "handed-off", "suggested-only", "not-answered")
                .forEach(key -> byPath.put(key, new java.util.ArrayList<>()));
        stories.forEach(story -> Figures.add(byPath, story.path(), story.id()));
        List<Figure> paths = List.of(
                new Figure("self-served", "Self-served (a suggestion accepted, no handoff)", byPath.get("self-served")),
                new Figure("handed-off", "Handed off to a person", byPath.get("handed-off")),
                new Figure("suggested-only", "Shown suggestions, none accepted", byPath.get("suggested-only")),
                new Figure("not-answered", "No suggestion and no handoff", byPath.get("not-answered")));
        Section path = new Section("paths", "Self-service and handoff", "Each request in exactly one row: a handoff "
                + "wins over an accepted suggestion.", paths, List.of(
                new Section.Measure("Self-service rate", Figures.share(paths.get(0).count(), total)),
                new Section.Measure("Handoff rate", Figures.share(paths.get(1).count(), total))));
        List<LocalDate> weeks = weeks(stories, zone);
        return List.of(overview, path, needs(stories), weeks(stories, weeks, terms),
                weekByNeed(stories, weeks, terms));
    }

    private static Section needs(List<RequestStory> stories) {
        Map<String, List<Long>> byNeed = Figures.grouped();
        stories.forEach(story -> Figures.add(byNeed, story.need().orElse(NO_NEED), story.id()));
        return new Section("needs", "Requests by pedagogic need", "The need each request ended up about; "
                + NO_NEED + " for faults and questions outside learning technology.",
                Figures.groups(byNeed, need -> "need:" + need, need -> need), List.of());
    }

    private static Section weeks(List<RequestStory> stories, List<LocalDate> weeks, List<TermDates> terms) {
        Map<LocalDate, List<Long>> byWeek = new TreeMap<>();
        for (int index = 0; index < stories.size(); index++) {
            byWeek.computeIfAbsent(weeks.get(index), ignored -> new java.util.ArrayList<>())
                    .add(stories.get(index).id());
        }
        List<Figure> figures = byWeek.entrySet().stream()
                .map(entry -> new Figure("week:" + entry.getKey(), TermDates.label(entry.getKey(), terms),
                        entry.getValue()))
                .toList();
        return new Section("weeks", "Requests per week", "Weeks start on Monday in the institution's time zone"
                + (terms.isEmpty() ? "; set TERM_DATES to see term weeks." : ", numbered within each term."),
                figures, List.of());
    }

    /** One figure per week and need that has requests: the cells of the week × need table ({@link WeekNeedTable}). */
    private static Section weekByNeed(List<RequestStory> stories, List<LocalDate> weeks, List<TermDates> terms) {
        Map<LocalDate, Map<String, List<Long>>> cells = new TreeMap<>();
        for (int index = 0; index < stories.size(); index++) {
            RequestStory story = stories.get(index);
            Figures.add(cells.computeIfAbsent(weeks.get(index), ignored -> new TreeMap<>()),
                    story.need().orElse(NO_NEED), story.id());
        }
        List<Figure> figures = new java.util.ArrayList<>();
        cells.forEach((monday, needs) -> {
            String week = TermDates.label(monday, terms);
            needs.forEach((need, ids) -> figures.add(new Figure(WeekNeedTable.PREFIX + monday + ":" + need, week + ": "
                    + need, ids)));
        });
        return new Section(WeekNeedTable.SECTION, "Requests per week by need", "Each week's requests by the need "
                + "they ended up about; the table has a row per week and a column per need.", figures, List.of());
    }

    /** The Monday of each story's week, in order; stories oldest first mostly share the week before them. */
    private static List<LocalDate> weeks(List<RequestStory> stories, ZoneId zone) {
        List<LocalDate> weeks = new java.util.ArrayList<>(stories.size());
        java.time.Instant start = java.time.Instant.MAX;
        java.time.Instant end = java.time.Instant.MIN;
        LocalDate monday = null;
        for (RequestStory story : stories) {
            if (story.openedAt().isBefore(start) || !story.openedAt().isBefore(end)) {
                monday = weekOf(story, zone);
                start = monday.atStartOfDay(zone).toInstant();
                end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
            }
            weeks.add(monday);
        }
        return weeks;
    }

    static LocalDate weekOf(RequestStory story, ZoneId zone) {
        return story.openedAt().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
