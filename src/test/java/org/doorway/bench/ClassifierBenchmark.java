package org.doorway.bench;

import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import org.doorway.needs.Classification;
import org.doorway.needs.FusedNeedClassifier;
import org.doorway.needs.LuceneNeedClassifier;
import org.doorway.needs.NeedClassifier;
import org.doorway.needs.NeedVocabulary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one classification takes, over a rotation of realistic messages so
 * that no single query is cached hot: {@code lucene} alone (the fallback; target
 * median under 1 ms) and {@code fused} with the sentence-embedding model
 * (target p50 under 10 ms, p99 under 30 ms). Each message gets a number of
 * its own, so that the fused classifier's cache of query vectors never answers
 * and every call runs the model: the cost of a message Doorway has not seen.
 * SampleTime mode reports percentiles, p0.50 being the median.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ClassifierBenchmark {

    private static final String[] MESSAGES = {
        "350 first-years and total silence when I ask the room a question",
        "the quiz I set up isn't showing to students",
        "how do I get my seminar group to actually do the reading before class? history, 20 students",
        "Could a learning technologist show me how to set up rubrics in Turnitin before marking starts?",
        "When is payday this month?",
        "students on my distance MSc never talk to each other between webinars, any ideas for the VLE?",
        "I'd like my placement students to keep a reflective log across the year that their mentor can see",
        "Panopto recordings from last Tuesday have vanished from the module page",
    };

    @Param({"lucene", "fused"})
    public String stage;

    private NeedClassifier classifier;
    private int next;
    private long sent;

    @Setup(Level.Trial)
    public void build() {
        if (stage.equals("lucene")) {
            classifier = LuceneNeedClassifier.withDefaults(NeedVocabulary.bundled());
            return;
        }
        var fused = FusedNeedClassifier.withDefaults(NeedVocabulary.bundled());
        if (!fused.loadEmbeddings(FusedNeedClassifier::bundledModel, Path.of("target", "vector-cache"))) {
            throw new IllegalStateException("the embedding model did not load");
        }
        classifier = fused;
    }

    @Benchmark
    public Classification classify() {
        next = (next + 1) % MESSAGES.length;
        return classifier.classify(MESSAGES[next] + " (" + ++sent + ")");
    }
}
