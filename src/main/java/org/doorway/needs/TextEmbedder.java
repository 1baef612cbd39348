package org.doorway.needs;

/**
 * Turns a text into a sentence-embedding vector, unit length, so that the dot
 * product of two vectors is their cosine similarity. Thread-safe.
 */
public interface TextEmbedder {

    float[] embed(String text);

    /** The vectors of {@code texts}, in order; a model that can, computes them in one call. */
    default java.util.List<float[]> embedAll(java.util.List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    /** Names the model and its version: vectors cached under another model's name are never reused. */
    String model();
}
