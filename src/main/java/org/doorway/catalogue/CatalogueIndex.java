package org.doorway.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups over one catalogue snapshot, built once per snapshot so that a
 * suggestion never scans every tool: tools by id, and for each need the tools
 * that serve it, already in context-free ranking order. Immutable and
 * thread-safe; cheap to share.
 */
public final class CatalogueIndex {
    private static final Candidate[] NONE = new Candidate[0];
    static final Comparator<Tool> BY_NAME = Comparator.comparing((Tool tool) -> tool.name().toLowerCase(Locale.ROOT))
            .thenComparing(Tool::name).thenComparing(Tool::id);

    private final Catalogue catalogue;
    private final Map<String, Tool> byId;
    private final Map<String, Candidate[]> byNeed;
    private final Map<String, List<Lapse>> lapsedByNeed;

    private CatalogueIndex(Catalogue catalogue, Map<String, Tool> byId, Map<String, Candidate[]> byNeed,
            Map<String, List<Lapse>> lapsedByNeed) {
        this.catalogue = catalogue;
        this.byId = byId;
        this.byNeed = byNeed;
        this.lapsedByNeed = lapsedByNeed;
    }

    /** Every tool a candidate, whatever its dates. */
    public static CatalogueIndex of(Catalogue catalogue) {
        return of(catalogue, LocalDate.MIN);
    }

    /** The index for {@code today}: tools whose approval or licence has ended ({@link Lapse}) are no candidates. */
    public static CatalogueIndex of(Catalogue catalogue, LocalDate today) {
        List<Tool> byName = catalogue.tools().stream().sorted(BY_NAME).toList();
        Map<String, Tool> byId = new HashMap<>();
        Map<String, List<Candidate>> byNeed = new HashMap<>();
        Map<String, List<Lapse>> lapsed = new HashMap<>();
        for (int nameOrder = 0; nameOrder < byName.size(); nameOrder++) {
            Tool tool = byName.get(nameOrder);
            byId.putIfAbsent(tool.id(), tool);
            Optional<Lapse> lapse = Lapse.of(tool, today);
            if (lapse.isPresent()) {
                tool.needs().forEach(fit -> lapsed.computeIfAbsent(fit.need(), need -> new ArrayList<>()).add(lapse.get()));
                continue;
            }
            for (NeedFit fit : tool.needs()) {
                byNeed.computeIfAbsent(fit.need(), need -> new ArrayList<>()).add(Candidate.of(tool, fit, nameOrder));
            }
        }
        Map<String, Candidate[]> sorted = new HashMap<>();
        byNeed.forEach((need, candidates) -> {
            Candidate[] array = candidates.toArray(NONE);
            Arrays.sort(array, Comparator.comparingInt(Candidate::baseScore).reversed().thenComparingInt(Candidate::nameOrder));
            sorted.put(need, array);
        });
        Map<String, List<Lapse>> lapsedCopy = new HashMap<>();
        lapsed.forEach((need, list) -> lapsedCopy.put(need, List.copyOf(list)));
        return new CatalogueIndex(catalogue, Map.copyOf(byId), Map.copyOf(sorted), Map.copyOf(lapsedCopy));
    }

    /** The tools for a need that are left out because a date of theirs has passed, by name. */
    public List<Lapse> lapsed(String needId) {
        return lapsedByNeed.getOrDefault(needId, List.of());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Optional<Tool> tool(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How many tools serve the need: tells "show other options" whether there are more. */
    public int count(String needId) {
        return candidates(needId).length;
    }

    /** The tools serving a need, best first by the context-free part of the score; do not modify. */
    Candidate[] candidates(String needId) {
        return byNeed.getOrDefault(needId, NONE);
    }

    /**
     * One tool's fit for one need, with what ranking needs in primitive form.
     * {@code nameOrder} is the tool's position in the catalogue sorted by name,
     * so ties break by name with an int comparison.
     */
    record Candidate(Tool tool, NeedFit fit, int baseScore, int nameOrder, int minSize, int maxSize, int modeMask) {
        static Candidate of(Tool tool, NeedFit fit, int nameOrder) {
            ClassFit classFit = tool.classFit() == null ? ClassFit.ANY : tool.classFit();
            int modes = 0;
            for (TeachingMode mode : classFit.modes()) {
                modes |= 1 << mode.ordinal();
            }
            return new Candidate(tool, fit, ToolRanker.baseScore(tool, fit), nameOrder, classFit.minSize(), classFit.maxSize(), modes);
        }
    }
}
