package org.doorway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doorway.needs.FusedNeedClassifier;
import org.doorway.needs.LuceneNeedClassifier;
import org.doorway.needs.NeedClassifier;
import org.doorway.needs.NeedVocabulary;
import org.doorway.needs.TextEmbedder;

/**
 * A companion to {@link ClassifierBenchmark} for a machine shared with other work: the CPU time of one
 * classification on the calling thread (ONNX Runtime runs on it, with one intra-op thread) and on the
 * common pool (where a message's clauses are embedded beside it), which other
 * processes' load barely changes, beside its wall-clock time, which they do. Classifies every message of
 * the held-out sets (real lengths, one to several clauses), each with a number of its own so that no
 * vector comes from the cache, for the Lucene stage, the fused classifier, and the embedding call alone.
 * Arguments: {@code [rounds]} (default 3).
 */
public final class ClassifierCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> texts = messages();
        var vocabulary = NeedVocabulary.bundled();
        var fused = FusedNeedClassifier.withDefaults(vocabulary);
        TextEmbedder model = FusedNeedClassifier.bundledModel();
        if (!fused.loadEmbeddings(() -> model, Path.of("target", "vector-cache"))) {
            throw new IllegalStateException("the embedding model did not load");
        }
        NeedClassifier lucene = LuceneNeedClassifier.withDefaults(vocabulary);
        System.out.printf(Locale.ROOT, "%d messages × %d rounds (after one warm-up round)%n", texts.size(), rounds);
        time("lucene", texts, rounds, lucene::classify);
        time("embed (one call)", texts, rounds, model::embed);
        time("fused", texts, rounds, fused::classify);
    }

    private static void time(String name, List<String> texts, int rounds, java.util.function.Consumer<String> call) {
        int n = texts.size() * rounds;
        long[] cpu = new long[n];
        long[] wall = new long[n];
        int sent = 0;
        for (String text : texts) {
            call.accept(text + " (warm " + sent++ + ")");
        }
        for (int i = 0; i < n; i++) {
            String text = texts.get(i % texts.size()) + " (" + sent++ + ")";
            long pool = poolCpu();
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            call.accept(text);
            wall[i] = System.nanoTime() - w;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c + poolCpu() - pool;
        }
        System.out.printf(Locale.ROOT, "%-17s CPU p50 %6.2f ms  p90 %6.2f  p99 %6.2f | wall p50 %6.2f ms  p90 %6.2f  p99 %6.2f%n",
                name, pct(cpu, 50), pct(cpu, 90), pct(cpu, 99), pct(wall, 50), pct(wall, 90), pct(wall, 99));
    }

    /** The common pool's CPU time so far: a message's clauses are embedded on it beside the calling thread. */
    private static long poolCpu() {
        long sum = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("ForkJoinPool.commonPool-worker")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
            }
        }
        return sum;
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static List<String> messages() throws java.io.IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var texts = new java.util.ArrayList<String>();
        for (String file : List.of("held-out.jsonl", "held-out-2.jsonl", "held-out-3.jsonl")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval", file))) {
                if (!line.isBlank()) {
                    texts.add(mapper.readTree(line).get("text").asText());
                }
            }
        }
        return texts;
    }
}
