package org.doorway.needs;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the vectors of recent texts, so that a text read again (a message
 * taken again after a failed turn, a clause that is the whole message, the
 * replies staff type most: "yes", "thanks", "the first one") costs no model
 * call. Bounded by count; a vector is 1.5 KB, so the default 10,000 hold 15 MB.
 * Thread-safe.
 */
final class CachedTextEmbedder implements TextEmbedder {

    static final int DEFAULT_SIZE = 10_000;

    private final TextEmbedder model;
    private final Cache<String, float[]> vectors;

    CachedTextEmbedder(TextEmbedder model, int size) {
        this.model = model;
        this.vectors = Caffeine.newBuilder().maximumSize(size).build();
    }

    @Override
    public float[] embed(String text) {
        // Callers only read the vector, never write it, so the cached array is shared.
        return vectors.get(text, model::embed);
    }

    /** The texts not remembered yet are embedded together ({@link TextEmbedder#embedAll}), then remembered. */
    @Override
    public java.util.List<float[]> embedAll(java.util.List<String> texts) {
        var missing = texts.stream().distinct().filter(text -> vectors.getIfPresent(text) == null).toList();
        if (!missing.isEmpty()) {
            var computed = model.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed.get(i));
            }
        }
        return texts.stream().map(this::embed).toList();
    }

    @Override
    public String model() {
        return model.model();
    }
}
