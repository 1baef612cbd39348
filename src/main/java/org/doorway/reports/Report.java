package org.doorway.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every figure for one filter, in sections, and the requests behind them so
 * that any figure can be drilled down to exactly the requests it counts.
 */
public record Report(ReportFilter filter, List<Section> sections, Map<Long, RequestStory> stories,
        Map<String, String> departments, List<TermDates> terms) {
    public Report {
        sections = List.copyOf(sections);
        stories = Map.copyOf(stories);
        departments = Map.copyOf(departments);
        terms = List.copyOf(terms);
    }

    static Report of(ReportFilter filter, List<Section> sections, List<RequestStory> stories,
            Map<String, String> departments, List<TermDates> terms) {
        return new Report(filter, sections, stories.stream()
                .collect(Collectors.toMap(RequestStory::id, Function.identity())), departments, terms);
    }

    /** The department of the member of staff who opened the request, from the directory. */
    public String department(RequestStory story) {
        return departments.getOrDefault(story.staffKey(), Departments.UNKNOWN);
    }

    /** The week the request was opened in, as the weeks section names it (a term week where terms are set). */
    public String week(RequestStory story) {
        return TermDates.label(Volume.weekOf(story, filter.zone()), terms);
    }

    public Optional<Figure> figure(String id) {
        return sections.stream().flatMap(section -> section.figures().stream())
                .filter(figure -> figure.id().equals(id)).findFirst();
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    /** The requests a figure counts, oldest first. */
    public List<RequestStory> drillDown(Figure figure) {
        return figure.requestIds().stream().map(stories::get).sorted(
                java.util.Comparator.comparing(RequestStory::openedAt).thenComparing(RequestStory::id)).toList();
    }

    /** All requests the report covers, oldest first. */
    public List<RequestStory> all() {
        return stories.values().stream().sorted(
                java.util.Comparator.comparing(RequestStory::openedAt).thenComparing(RequestStory::id)).toList();
    }
}
