package org.doorway.needs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding of every labelled phrasing and need description. Computing
 * them takes the model some seconds, so they are cached in a file named by a
 * hash of the model and the texts: a change to either computes them afresh,
 * and a cache that cannot be written only costs the time again next start.
 * Immutable once built.
 */
final class PhrasingVectors {
    private static final Logger log = LoggerFactory.getLogger(PhrasingVectors.class);

    private final String[] labels;
    private final float[][] vectors;

    PhrasingVectors(String[] labels, float[][] vectors) {
        this.labels = labels;
        this.vectors = vectors;
    }

    int size() {
        return labels.length;
    }

    String label(int i) {
        return labels[i];
    }

    float[] vector(int i) {
        return vectors[i];
    }

    /** The cached vectors of {@code labelled} for the embedder's model, computing and caching them when absent. */
    static PhrasingVectors of(TextEmbedder embedder, Map<String, List<String>> labelled, Path cacheDirectory) {
        var labels = new ArrayList<String>();
        var texts = new ArrayList<String>();
        labelled.forEach((label, list) -> list.forEach(text -> {
            labels.add(label);
            texts.add(text);
        }));
        Path file = cacheDirectory.resolve("phrasing-vectors-" + hash(embedder.model(), labels, texts) + ".bin");
        String[] labelArray = labels.toArray(String[]::new);
        float[][] cached = read(file, texts.size());
        if (cached != null) {
            return new PhrasingVectors(labelArray, cached);
        }
        long started = System.nanoTime();
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embedder.embed(texts.get(i));
        }
        log.info("Embedded {} example phrasings in {} ms; cached in {}", vectors.length,
                (System.nanoTime() - started) / 1_000_000, file);
        write(file, vectors);
        return new PhrasingVectors(labelArray, vectors);
    }

    private static float[][] read(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            int dimension = in.readInt();
            if (n != count) {
                return null;
            }
            float[][] vectors = new float[n][dimension];
            for (float[] vector : vectors) {
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
            }
            return vectors;
        } catch (IOException unreadable) {
            log.warn("Ignoring the unreadable embedding cache {} ({}); computing the vectors again", file,
                    unreadable.getMessage());
            return null;
        }
    }

    private static void write(Path file, float[][] vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "phrasing-vectors", ".part");
            try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeInt(vectors.length);
                out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                for (float[] vector : vectors) {
                    for (float x : vector) {
                        out.writeFloat(x);
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException failed) {
            log.warn("Could not cache the example phrasings' vectors in {} ({}): they will be computed again on the "
                    + "next start; make the directory writable to avoid that", file.getParent(), failed.getMessage());
        }
    }

    static String hash(String model, List<String> labels, List<String> texts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < texts.size(); i++) {
                digest.update((byte) 0);
                digest.update(labels.get(i).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
                digest.update(texts.get(i).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
