package org.doorway.reports;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure for one filter, in sections, and the requests behind them so
 * that any figure can be drilled down to exactly the requests it counts.
 * {@code requests} is every request the report covers, oldest first.
 */
public record Report(ReportFilter filter, List<Section> sections, List<RequestStory> requests,
        RequestIndex byId, Map<String, String> departments, List<TermDates> terms) {
    static final Comparator<RequestStory> OLDEST_FIRST = (left, right) -> {
        int byTime = left.openedAt().compareTo(right.openedAt());
        return byTime != 0 ? byTime : Long.compare(left.id(), right.id());
    };

    public Report {
        sections = List.copyOf(sections);
        departments = Map.copyOf(departments);
        terms = List.copyOf(terms);
    }

    /** {@code stories} oldest first, as {@link Reports} sorts them; kept as given, not copied again. */
    static Report of(ReportFilter filter, List<Section> sections, List<RequestStory> stories,
            Map<String, String> departments, List<TermDates> terms) {
        List<RequestStory> requests = Collections.unmodifiableList(stories);
        return new Report(filter, sections, requests, new RequestIndex(requests), departments, terms);
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
        return figure.requestIds().stream().map(byId::get).sorted(OLDEST_FIRST).toList();
    }

    /** All requests the report covers, oldest first. */
    public List<RequestStory> all() {
        return requests;
    }
}
