package org.doorway.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.doorway.handoff.Technologist;

/**
 * Computes a {@link Report}: reads the event log once, folds it into one
 * story per request, then builds every section from the same stories. The
 * console, the JSON API, the CSV export and {@code doorway report} all call
 * this, so they cannot disagree. Thread-safe.
 */
public final class Reports {
    private final ReportQueries queries;
    private final Supplier<List<Technologist>> roster;

    public Reports(ReportQueries queries, Supplier<List<Technologist>> roster) {
        this.queries = queries;
        this.roster = roster;
    }

    public Report build(ReportFilter filter) {
        StoryFold fold = new StoryFold(filter);
        queries.eachEvent(filter, fold);
        List<RequestStory> stories = fold.stories().stream()
                .filter(story -> filter.need().isEmpty() || filter.need().equals(story.need())).toList();
        List<Section> sections = new ArrayList<>(Volume.sections(stories, filter.zone()));
        sections.add(UnmetNeeds.section(stories));
        sections.addAll(Waiting.sections(stories, roster.get()));
        sections.add(Load.section(stories));
        sections.add(ToolOutcomes.section(stories));
        return Report.of(filter, sections, stories);
    }
}
