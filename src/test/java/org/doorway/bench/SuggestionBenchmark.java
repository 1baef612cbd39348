package org.doorway.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.doorway.catalogue.CachedCatalogue;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueChange;
import org.doorway.catalogue.CatalogueSnapshot;
import org.doorway.catalogue.CatalogueStore;
import org.doorway.catalogue.NeedsFixture;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.TeachingContext;
import org.doorway.catalogue.TeachingMode;
import org.doorway.catalogue.ToolRanker;
import org.doorway.needs.Need;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suggestion latency: read the cached snapshot and rank the tools for a need,
 * as the conversation does for "here are three tools" and "show other
 * options", over a synthetic 5,000-tool catalogue. SampleTime mode reports
 * percentiles; the target is p99 under 5 ms. How to run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SuggestionBenchmark {
    static final int TOOLS = 5_000;

    private final ToolRanker ranker = new ToolRanker();
    private CachedCatalogue catalogue;
    private List<String> needIds;
    private TeachingContext context;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<Need> needs = NeedsFixture.vocabulary();
        Catalogue synthetic = SyntheticCatalogue.of(needs, TOOLS);
        catalogue = new CachedCatalogue(new FixedStore(synthetic), Duration.ofSeconds(5), Clock.systemUTC(), Runnable::run);
        catalogue.snapshot();
        needIds = needs.stream().map(Need::id).toList();
        context = new TeachingContext(OptionalInt.of(350), Optional.of(TeachingMode.IN_PERSON), Optional.empty(), Optional.empty());
    }

    /** Top three for a need, rotating through every need, with cohort size and mode known. */
    @Benchmark
    public List<RankedTool> topThreeWithContext() {
        String need = needIds.get(next++ % needIds.size());
        return ranker.rank(catalogue.snapshot().index(), need, context, 0, 3);
    }

    /** The worst case: a need that all 5,000 tools serve, with context, asking for the second page. */
    @Benchmark
    public List<RankedTool> otherOptionsForANeedEveryToolServes() {
        CatalogueSnapshot snapshot = catalogue.snapshot();
        return ranker.rank(snapshot.index(), SyntheticCatalogue.EVERY_TOOL_NEED, context, 3, 3);
    }

    /** No context given: the precomputed order is the answer. */
    @Benchmark
    public List<RankedTool> topThreeWithoutContext() {
        String need = needIds.get(next++ % needIds.size());
        return ranker.rank(catalogue.snapshot().index(), need, TeachingContext.unknown(), 0, 3);
    }

    /** Holds one catalogue; the benchmark measures the cache and the ranker, not a database. */
    private record FixedStore(Catalogue catalogue) implements CatalogueStore {
        @Override
        public Catalogue load() {
            return catalogue;
        }

        @Override
        public CatalogueChange replace(Catalogue next) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public long revision() {
            return 1;
        }
    }
}
