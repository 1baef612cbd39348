package org.doorway.bench;

import java.util.concurrent.TimeUnit;
import org.doorway.needs.LuceneNeedClassifier;
import org.doorway.needs.NeedVocabulary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long building the classifier takes (data loading and the in-memory
 * index): the cost paid once at startup. Single shots in fresh forks show the
 * cold figure a restarting instance sees; later shots show the warm one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(3)
public class ClassifierStartupBenchmark {

    @Benchmark
    public LuceneNeedClassifier build() {
        return LuceneNeedClassifier.withDefaults(NeedVocabulary.bundled());
    }
}
