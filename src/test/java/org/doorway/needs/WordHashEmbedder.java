package org.doorway.needs;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for the model in tests: words hashed into 64 dimensions, counting its calls. */
final class WordHashEmbedder implements TextEmbedder {
    final AtomicInteger calls = new AtomicInteger();
    private final String model;

    WordHashEmbedder(String model) {
        this.model = model;
    }

    @Override
    public float[] embed(String text) {
        calls.incrementAndGet();
        float[] vector = new float[64];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), 64)] += 1;
            }
        }
        vector[0] += 0.01f; // never all zero
        return Vectors.unit(vector);
    }

    @Override
    public String model() {
        return model;
    }
}
