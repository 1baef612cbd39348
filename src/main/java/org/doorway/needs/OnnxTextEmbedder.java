package org.doorway.needs;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantized all-MiniLM-L6-v2 sentence-embedding model (384 dimensions,
 * 23 MB), run in process by ONNX Runtime from the weights inside its Maven
 * artifact: nothing is downloaded. Loading takes a second or more and needs
 * ONNX Runtime's native library, so it happens off the startup path
 * ({@link Embedders}). Thread-safe, as the ONNX session is.
 */
final class OnnxTextEmbedder implements TextEmbedder {

    static final String MODEL = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";

    private final EmbeddingModel model;

    private OnnxTextEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model; throws (often an {@link UnsatisfiedLinkError}) where ONNX Runtime cannot run. */
    static OnnxTextEmbedder load() {
        // DJL's tokenizer would look for a GPU and for newer native builds online: neither is wanted here.
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var embedder = new OnnxTextEmbedder(model);
        embedder.embed("warm up");
        return embedder;
    }

    @Override
    public float[] embed(String text) {
        return Vectors.unit(model.embed(text).content().vector());
    }

    @Override
    public String model() {
        return MODEL;
    }
}
