package org.doorway.reports;

import java.util.List;

/** Percentiles of waits and waits in words. */
final class Durations {
    private Durations() {}

    /** The nearest-rank percentile of {@code millis}, or -1 when there are none. */
    static long percentile(List<Long> millis, int percent) {
        if (millis.isEmpty()) {
            return -1;
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** "2 h 05 min", "45 min", "under a minute"; "none yet" for -1. */
    static String words(long millis) {
        if (millis < 0) {
            return "none yet";
        }
        long minutes = millis / 60_000;
        if (minutes == 0) {
            return "under a minute";
        }
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
