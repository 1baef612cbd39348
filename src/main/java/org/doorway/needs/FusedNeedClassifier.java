package org.doorway.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Doorway's classifier: the Lucene classifier's view (BM25 over the example
 * phrasings, synonyms, cues) fused with a sentence-embedding view of the same
 * phrasings ({@link Fusion}), a check that the message is in English, and a
 * look at each clause so that a message reporting a fault and asking for a
 * teaching idea is recognised as both.
 *
 * <p>The embedding model loads after the classifier is built ({@link #useEmbeddings});
 * until then, and for good where ONNX Runtime cannot run, the Lucene view
 * answers alone. Thread-safe.
 */
public final class FusedNeedClassifier implements NeedClassifier {
    private static final Logger log = LoggerFactory.getLogger(FusedNeedClassifier.class);

    private final LuceneNeedClassifier lucene;
    private final Fusion fusion;
    private final List<String> labels;
    private final EnglishOrNot language = new EnglishOrNot();
    private volatile EmbeddingStage embeddings;

    FusedNeedClassifier(LuceneNeedClassifier lucene, NeedVocabulary vocabulary, Fusion fusion) {
        this.lucene = lucene;
        this.fusion = fusion;
        var all = new ArrayList<>(vocabulary.ids());
        all.add(Labels.FAULT);
        all.add(Labels.OUT_OF_SCOPE);
        this.labels = List.copyOf(all);
    }

    /** Lucene alone until {@link #useEmbeddings} is called, with the bundled fusion weights. */
    public static FusedNeedClassifier withDefaults(NeedVocabulary vocabulary) {
        return new FusedNeedClassifier(LuceneNeedClassifier.withDefaults(vocabulary), vocabulary, Fusion.bundled());
    }

    /** As {@link #withDefaults}, comparing messages with {@code phrasings} (the bundled ones and admins' additions). */
    public static FusedNeedClassifier withPhrasings(NeedVocabulary vocabulary, ExamplePhrasings phrasings) {
        return new FusedNeedClassifier(new LuceneNeedClassifier(vocabulary, phrasings, Tuning.defaults()), vocabulary,
                Fusion.bundled());
    }

    /** Switches the embedding view on: from now on messages are classified by the fused views. */
    public void useEmbeddings(TextEmbedder embedder, java.nio.file.Path cacheDirectory) {
        var vectors = PhrasingVectors.of(embedder, lucene.labelledTexts(), cacheDirectory);
        var queries = new CachedTextEmbedder(embedder, CachedTextEmbedder.DEFAULT_SIZE);
        var probe = LinearProbe.fit(vectors, labels, fusion.probePenalty(), row -> true);
        this.embeddings = new EmbeddingStage(queries, vectors, fusion.nearest(), probe, labels);
    }

    /**
     * Loads the embedding model from {@code model} and switches it on. Where it cannot load (ONNX Runtime
     * has no native library for this platform, say), logs one line and keeps answering with Lucene and
     * the cues alone. Slow (seconds): call it off the startup path. Returns whether embeddings are on.
     */
    public boolean loadEmbeddings(Supplier<TextEmbedder> model, java.nio.file.Path cacheDirectory) {
        long started = System.nanoTime();
        try {
            useEmbeddings(model.get(), cacheDirectory);
        } catch (OnnxEnvironment.Stopped stopping) {
            log.info("Stopped before the sentence-embedding model was ready");
            return false;
        } catch (LinkageError | RuntimeException unavailable) {
            log.warn("Sentence embeddings are off, so Doorway classifies with Lucene and its cues alone: the model "
                    + "could not load here ({}). ONNX Runtime runs on Linux and macOS (x64, arm64) and Windows x64.",
                    unavailable.toString());
            return false;
        }
        log.info("Sentence embeddings on: the classifier fuses them with Lucene (model ready in {} ms)",
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** The sentence-embedding model bundled with Doorway, loaded in process; throws where it cannot run. */
    public static TextEmbedder bundledModel() {
        return OnnxTextEmbedder.load();
    }

    public boolean embeddingsOn() {
        return embeddings != null;
    }

    @Override
    public Classification classify(String text) {
        String clean = LuceneNeedClassifier.normalise(text);
        EmbeddingStage stage = prepared(embeddings, clean);
        Classification whole = classifyOne(clean, stage);
        if (language.notEnglish(clean) != null) {
            return new Classification.NotEnglish(whole.needs(), whole.confidence());
        }
        // Clause by clause with Lucene alone too, so the fallback still tells a fault beside a need.
        return Clauses.combine(whole, clean, clause -> classifyOne(clause, stage));
    }

    /**
     * The stage with the message and its clauses embedded side by side rather than one after another
     * (those extra calls made the p99); none once the process is stopping.
     */
    private static EmbeddingStage prepared(EmbeddingStage stage, String text) {
        var clauses = Clauses.split(text);
        if (stage == null || clauses.size() < 2) {
            return stage;
        }
        var texts = new ArrayList<String>(clauses.size() + 1);
        texts.add(text);
        texts.addAll(clauses);
        try {
            stage.prepare(texts);
            return stage;
        } catch (OnnxEnvironment.Stopped stopping) {
            return null;
        }
    }

    private Classification classifyOne(String text, EmbeddingStage stage) {
        var evidence = lucene.evidence(text);
        if (stage == null) {
            return lucene.decide(evidence);
        }
        float[] embedding;
        try {
            embedding = stage.embed(text);
        } catch (OnnxEnvironment.Stopped stopping) {
            return lucene.decide(evidence); // the process is stopping: a message still in hand gets Lucene's answer
        }
        var ranked = fusion.rank(labels, evidence, stage.similarities(embedding));
        var needs = lucene.rankedNeeds(ranked);
        double fault = ranked.stream().filter(r -> r.label().equals(Labels.FAULT)).findFirst().orElseThrow()
                .probability();
        // The detector decides whether something is broken; the fused ranking decides the rest.
        var top = ranked.stream().filter(r -> !r.label().equals(Labels.FAULT)).findFirst().orElseThrow();
        boolean clearlyOutOfScope = top.label().equals(Labels.OUT_OF_SCOPE) && top.probability() >= 0.5;
        if (!clearlyOutOfScope && fusion.faults().isFault(fault)) {
            return new Classification.Fault(needs, fault);
        }
        double confidence = top.probability();
        return switch (top.label()) {
            case Labels.OUT_OF_SCOPE -> new Classification.OutOfScope(needs, confidence);
            default -> confidence >= fusion.matchThreshold()
                    ? new Classification.Matched(needs, confidence)
                    : new Classification.Unsure(needs, confidence);
        };
    }
}
