package org.doorway.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.doorway.handoff.Technologist;
import org.doorway.needs.TextEmbedder;

/**
 * Computes a {@link Report}: reads the story of each request in the filter
 * (folded from the event log by {@link RequestFold} as the events were
 * written), then builds every section from the same stories. The
 * console, the JSON API, the CSV export and {@code doorway report} all call
 * this, so they cannot disagree. Thread-safe.
 */
public final class Reports {
    static final int MOST_CACHED = 250_000;
    private final ReportQueries queries;
    private final Supplier<List<Technologist>> roster;
    private final ReportSetup setup;
    private final Executor executor;
    /** Recent reports, bounded by the requests they hold (a report of 100,000 requests holds about 50 MB). */
    private final Cache<Key, Report> built = Caffeine.newBuilder().maximumWeight(MOST_CACHED)
            .weigher((Key key, Report report) -> Math.max(1, report.requests().size()))
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    /** {@code executor} reads and groups the unmet requests' words while the caller's thread does the rest. */
    public Reports(ReportQueries queries, Supplier<List<Technologist>> roster, ReportSetup setup, Executor executor) {
        this.queries = queries;
        this.roster = roster;
        this.setup = setup;
        this.executor = executor;
    }

    /** Without a directory, term dates or an embedder, on the caller's thread alone. */
    public Reports(ReportQueries queries, Supplier<List<Technologist>> roster) {
        this(queries, roster, ReportSetup.none(), Runnable::run);
    }

    /**
     * The report for {@code filter}. A report built from the same log (nothing written since), roster, directory
     * and embedder is handed out again, so that clicking from a figure to its requests and back reads nothing but
     * the log's newest id. On PostgreSQL ids can commit out of order, so a report is kept one minute at most.
     */
    public Report build(ReportFilter filter) {
        List<Technologist> technologists = roster.get();
        Map<String, String> departments = setup.departments().get();
        Optional<TextEmbedder> embedder = setup.embedder().get();
        Key key = new Key(filter, queries.written(), technologists, departments, embedder.isPresent());
        return built.get(key, ignored -> build(filter, technologists, departments, embedder));
    }

    private Report build(ReportFilter filter, List<Technologist> technologists, Map<String, String> departments,
            Optional<TextEmbedder> embedder) {
        // The unmet requests' words are read and grouped on the other core while the stories are read and counted.
        Predicate<String> staff = inDepartment(filter, departments);
        CompletableFuture<List<UnmetThemes.Theme>> themes = CompletableFuture.supplyAsync(() -> {
            List<ReportQueries.RequestText> texts = new ArrayList<>();
            queries.eachUnmetText(filter, text -> {
                if (staff.test(text.staffKey())) {
                    texts.add(text);
                }
            });
            return new UnmetThemes(embedder).of(texts);
        }, executor);
        List<RequestStory> stories = new ArrayList<>();
        queries.eachStory(filter, story -> {
            if (staff.test(story.staffKey())) {
                stories.add(story);
            }
        });
        // Oldest first, once: the store reads them in that order, so this only checks it; every figure then lists
        // its requests oldest first too.
        stories.sort(Report.OLDEST_FIRST);
        List<Section> sections = new ArrayList<>(Volume.sections(stories, filter.zone(), setup.terms()));
        sections.add(Departments.section(stories, departments));
        sections.add(UnmetNeeds.section(stories));
        sections.add(asks(stories, themes.join()));
        sections.addAll(Waiting.sections(stories, technologists));
        sections.add(Load.section(stories));
        sections.add(ToolOutcomes.section(stories));
        return Report.of(filter, sections, stories, departments, setup.terms());
    }

    /** The departments of the directory, sorted: what a department filter may name. */
    public List<String> departments() {
        return setup.departments().get().values().stream().distinct().sorted().toList();
    }

    /**
     * Why {@code department} cannot filter a report (it names no department of the directory), in words that name
     * the fix; empty when it can. {@link Departments#UNKNOWN} names the staff the directory does not list.
     */
    public Optional<String> departmentProblem(String department) {
        List<String> known = departments();
        if (known.isEmpty()) {
            return Optional.of("No directory is set, so there are no departments to choose: set DEPARTMENTS_FILE to "
                    + "a CSV of department, platform, user id.");
        }
        if (known.contains(department) || department.equals(Departments.UNKNOWN)) {
            return Optional.empty();
        }
        String shown = department.length() > 60 ? department.substring(0, 59) + "\u2026" : department;
        return Optional.of("No department is called '" + shown + "' in the directory (DEPARTMENTS_FILE): choose one "
                + "it lists, such as " + known.get(0) + ", or " + Departments.UNKNOWN + ".");
    }

    /** Whether a staff key is in the filter's department ({@link Departments#UNKNOWN} for staff not listed). */
    private static Predicate<String> inDepartment(ReportFilter filter, Map<String, String> departments) {
        return filter.department().<Predicate<String>>map(wanted -> key -> wanted.equals(
                departments.getOrDefault(key, Departments.UNKNOWN))).orElse(key -> true);
    }

    /**
     * What the unmet requests asked for, grouped by their words; each group keeps only requests this report read
     * (one opened between the two reads waits for the next report), so every figure still drills down to itself.
     */
    private static Section asks(List<RequestStory> stories, List<UnmetThemes.Theme> themes) {
        Set<Long> unmet = new HashSet<>();
        stories.stream().filter(UnmetNeeds::unmet).forEach(story -> unmet.add(story.id()));
        return UnmetNeeds.asks(themes.stream().map(theme -> new UnmetThemes.Theme(theme.key(), theme.words(),
                theme.requestIds().stream().filter(unmet::contains).toList())).filter(theme -> !theme.requestIds()
                .isEmpty()).toList(), unmet.size());
    }

    /** What a report depends on besides the filter. */
    private record Key(ReportFilter filter, long written, List<Technologist> roster, Map<String, String> departments,
            boolean embedder) {}
}
