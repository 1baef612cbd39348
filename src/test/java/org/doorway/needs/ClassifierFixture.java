package org.doorway.needs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Shared, expensive-to-build things for the needs tests. */
final class ClassifierFixture {

    /** Built once: the classifier is immutable and thread-safe. */
    static final LuceneNeedClassifier CLASSIFIER = LuceneNeedClassifier.withDefaults();

    /** Doorway's classifier with the real embedding model; the phrasings' vectors are cached under target/. */
    static FusedNeedClassifier fused() {
        return Fused.CLASSIFIER;
    }

    private static final class Fused {
        static final FusedNeedClassifier CLASSIFIER = load();

        private static FusedNeedClassifier load() {
            var classifier = FusedNeedClassifier.withDefaults(NeedVocabulary.bundled());
            if (!classifier.loadEmbeddings(FusedNeedClassifier::bundledModel, Path.of("target", "vector-cache"))) {
                throw new IllegalStateException("the embedding model did not load on this machine: see the log above");
            }
            return classifier;
        }
    }

    private ClassifierFixture() {}

    /** Doorway's own held-out set: written apart from the example phrasings and never used to tune them. */
    static List<EvalCase> heldOutSet() throws IOException {
        return EvalCases.read(Path.of("src/test/resources/eval/held-out.jsonl"));
    }

    /**
     * A second held-out set, written before the phrasings' second round and kept apart from it: mostly
     * symptom-only faults, with teaching needs and out-of-scope matters among them.
     */
    static List<EvalCase> secondHeldOutSet() throws IOException {
        return EvalCases.read(Path.of("src/test/resources/eval/held-out-2.jsonl"));
    }

    /**
     * A third held-out set (152 messages), written on 2026-12-03 at 16:20 UTC without reading the example
     * phrasings or the shared dev set, and committed before any tuning of that afternoon: the measure of
     * whether a change generalises. Never add its messages, or phrasings made from its misses, to the data.
     */
    static List<EvalCase> thirdHeldOutSet() throws IOException {
        return EvalCases.read(Path.of("src/test/resources/eval/held-out-3.jsonl"));
    }

    /**
     * A fourth held-out set (264 messages), written on 2026-12-03 at 19:18 UTC as staff write (typos, context,
     * mixed fault and need, broken things that are not ours, small talk, other languages) and committed before
     * that evening's changes: the measure they are judged by. Never tune on it or add phrasings made from its misses.
     */
    static List<EvalCase> fourthHeldOutSet() throws IOException {
        return EvalCases.read(Path.of("src/test/resources/eval/held-out-4.jsonl"));
    }

    /** A file from the project's shared folder: ../shared beside the clone, or /work/shared. */
    static Optional<Path> shared(String relative) {
        return Stream.of(Path.of("..", "shared", relative), Path.of("/work/shared", relative))
                .filter(Files::isRegularFile).findFirst();
    }

    static List<EvalCase> ownEvalSet() throws IOException {
        return EvalCases.read(Path.of("src/test/resources/eval/doorway-eval.jsonl"));
    }


    static Optional<List<EvalCase>> devSet() throws IOException {
        var file = shared("eval/dev-set.jsonl");
        return file.isPresent() ? Optional.of(EvalCases.read(file.get())) : Optional.empty();
    }
}
