package org.doorway.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.doorway.handoff.Technologist;

/**
 * Computes a {@link Report}: reads the story of each request in the filter
 * (folded from the event log by {@link RequestFold} as the events were
 * written), then builds every section from the same stories. The
 * console, the JSON API, the CSV export and {@code doorway report} all call
 * this, so they cannot disagree. Thread-safe.
 */
public final class Reports {
    private final ReportQueries queries;
    private final Supplier<List<Technologist>> roster;
    private final ReportSetup setup;

    public Reports(ReportQueries queries, Supplier<List<Technologist>> roster, ReportSetup setup) {
        this.queries = queries;
        this.roster = roster;
        this.setup = setup;
    }

    /** Without a directory, term dates or an embedder. */
    public Reports(ReportQueries queries, Supplier<List<Technologist>> roster) {
        this(queries, roster, ReportSetup.none());
    }

    public Report build(ReportFilter filter) {
        List<RequestStory> stories = new ArrayList<>();
        queries.eachStory(filter, stories::add);
        List<Section> sections = new ArrayList<>(Volume.sections(stories, filter.zone(), setup.terms()));
        sections.add(Departments.section(stories, setup.departments().get()));
        sections.add(UnmetNeeds.section(stories));
        sections.add(asks(filter, stories));
        sections.addAll(Waiting.sections(stories, roster.get()));
        sections.add(Load.section(stories));
        sections.add(ToolOutcomes.section(stories));
        return Report.of(filter, sections, stories);
    }

    /** What the unmet requests asked for, grouped by their words (read only when some went unmet). */
    private Section asks(ReportFilter filter, List<RequestStory> stories) {
        Set<Long> unmet = new HashSet<>();
        stories.stream().filter(UnmetNeeds::unmet).forEach(story -> unmet.add(story.id()));
        List<ReportQueries.RequestText> texts = new ArrayList<>();
        if (!unmet.isEmpty()) {
            // Only the stories read above: a request opened between the two reads waits for the next report.
            queries.eachUnmetText(filter, text -> {
                if (unmet.contains(text.requestId())) {
                    texts.add(text);
                }
            });
        }
        return UnmetNeeds.asks(new UnmetThemes(setup.embedder().get()).of(texts), unmet.size());
    }
}
