package org.doorway.catalogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ranks the tools that serve a need. A tool's score adds up, in this order
 * of weight:
 * <ul>
 * <li>how well it serves the need: 10 per strength point (10, 20, 30);</li>
 * <li>support: supported +12, pilot +6, not supported centrally 0 — more than
 *     the case-study bonus, so among equally fitting tools supported ones come
 *     first, and a supported tool beats a not-supported one a step stronger;</li>
 * <li>colleagues' case studies for this need: +2 each, at most two counted;</li>
 * <li>when the staff member told us cohort size or mode: −25 for each one the
 *     tool does not suit. Such tools sink rather than vanish, so "show other
 *     options" never dead-ends.</li>
 * </ul>
 * Equal scores go by name, then id, so the order is deterministic.
 * The context-free part is precomputed per snapshot in {@link CatalogueIndex};
 * ranking touches only the tools of one need. Thread-safe.
 */
public final class ToolRanker {
    static final int STRENGTH_POINT = 10;
    static final int CASE_STUDY = 2;
    static final int MAX_CASE_STUDIES_COUNTED = 2;
    static final int MISFIT = 25;
    private static final int BIAS = 1 << 10;
    /** Pages reaching deeper than this sort every candidate instead of selecting. */
    private static final int SELECT_LIMIT = 64;

    /** Indexes of the last few catalogues seen, by identity; a snapshot is indexed once, not per call. */
    private final Cache<Catalogue, CatalogueIndex> indexes = Caffeine.newBuilder().weakKeys().maximumSize(4).build();

    public List<RankedTool> rank(Catalogue catalogue, String needId, TeachingContext context, int limit) {
        return rank(catalogue, needId, context, 0, limit);
    }

    /** One page of the ranking: {@code offset} tools skipped, at most {@code limit} returned. */
    public List<RankedTool> rank(Catalogue catalogue, String needId, TeachingContext context, int offset, int limit) {
        return rank(indexes.get(catalogue, CatalogueIndex::of), needId, context, offset, limit);
    }

    public List<RankedTool> rank(CatalogueIndex index, String needId, TeachingContext context, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        CatalogueIndex.Candidate[] candidates = index.candidates(needId);
        if (offset >= candidates.length || limit == 0) {
            return List.of();
        }
        int size = context.cohortSize().orElse(-1);
        int modeBit = context.mode().map(mode -> 1 << mode.ordinal()).orElse(0);
        // Without context the index order is already the ranking.
        int wanted = (int) Math.min((long) offset + limit, candidates.length);
        CatalogueIndex.Candidate[] ordered = size < 0 && modeBit == 0 ? candidates : reorder(candidates, size, modeBit, wanted);
        return page(ordered, offset, limit, size, modeBit);
    }

    /**
     * Orders candidates by (score descending, name order), packed into one long
     * per tool so comparisons are primitive. Only the first {@code wanted} are
     * needed: for a page near the top they are selected into a small sorted
     * buffer (no allocation proportional to the catalogue); deep pages sort all.
     */
    private static CatalogueIndex.Candidate[] reorder(CatalogueIndex.Candidate[] candidates, int size, int modeBit, int wanted) {
        long[] best = new long[wanted <= SELECT_LIMIT ? wanted : candidates.length];
        int filled = 0;
        for (int i = 0; i < candidates.length; i++) {
            CatalogueIndex.Candidate candidate = candidates[i];
            int score = candidate.baseScore() - contextPenalty(candidate, size, modeBit);
            long key = ((long) (BIAS - score) << 42) | ((long) candidate.nameOrder() << 21) | i;
            if (filled < best.length) {
                best[filled++] = key;
                if (filled == best.length && best.length == wanted) {
                    Arrays.sort(best);
                }
            } else if (key < best[filled - 1]) {
                int at = filled - 1;
                while (at > 0 && best[at - 1] > key) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = key;
            }
        }
        Arrays.sort(best, 0, filled);
        CatalogueIndex.Candidate[] ordered = new CatalogueIndex.Candidate[filled];
        for (int i = 0; i < filled; i++) {
            ordered[i] = candidates[(int) (best[i] & ((1 << 21) - 1))];
        }
        return ordered;
    }

    private static int contextPenalty(CatalogueIndex.Candidate candidate, int size, int modeBit) {
        int penalty = 0;
        if (size >= 0 && (size < candidate.minSize() || size > candidate.maxSize())) {
            penalty += MISFIT;
        }
        if (modeBit != 0 && (candidate.modeMask() & modeBit) == 0) {
            penalty += MISFIT;
        }
        return penalty;
    }

    private static List<RankedTool> page(CatalogueIndex.Candidate[] ordered, int offset, int limit, int size, int modeBit) {
        int end = (int) Math.min((long) offset + limit, ordered.length);
        List<RankedTool> page = new ArrayList<>(end - offset);
        for (int i = offset; i < end; i++) {
            CatalogueIndex.Candidate candidate = ordered[i];
            page.add(new RankedTool(candidate.tool(), candidate.fit(), candidate.baseScore() - contextPenalty(candidate, size, modeBit)));
        }
        return page;
    }

    /** The part of the score that does not depend on the staff member's context. */
    static int baseScore(Tool tool, NeedFit fit) {
        int support = switch (tool.support()) {
            case SUPPORTED -> 12;
            case PILOT -> 6;
            case NOT_SUPPORTED -> 0;
        };
        long caseStudies = tool.caseStudies().stream().filter(study -> study.needs().contains(fit.need())).count();
        return fit.strength() * STRENGTH_POINT + support + (int) Math.min(caseStudies, MAX_CASE_STUDIES_COUNTED) * CASE_STUDY;
    }
}
