package org.doorway.reports;

import java.util.List;

/**
 * A tile of the report: a title, a sentence on what it counts, its figures
 * (each drilling down to its requests) and any measures that are not counts
 * (waiting-time percentiles, a response rate in words).
 */
public record Section(String id, String title, String description, List<Figure> figures, List<Measure> measures) {
    public Section {
        figures = List.copyOf(figures);
        measures = List.copyOf(measures);
    }

    /** The largest figure's count, for scaling a chart (at least 1). */
    public int largest() {
        return figures.stream().mapToInt(Figure::count).max().orElse(0) < 1 ? 1
                : figures.stream().mapToInt(Figure::count).max().orElse(1);
    }

    /** A value that is not a count of requests, already in words: "3 h 10 min", "4 of 9". */
    public record Measure(String label, String value) {}
}
