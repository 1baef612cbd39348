package org.doorway.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Requests per week by pedagogic need as a table: a row for every week of the
 * report's range (term weeks where terms are set; weeks without requests
 * too, so gaps show), a column for every need with requests, largest first
 * (as the needs section orders them). Each non-empty cell is a figure of the
 * report's {@value #SECTION} section, so it drills down to its requests; a
 * row's total is the week's figure, a column's the need's.
 */
public record WeekNeedTable(List<Figure> needs, List<Row> rows) {
    public static final String SECTION = "week-need";
    static final String PREFIX = "week-need:";

    public WeekNeedTable {
        needs = List.copyOf(needs);
        rows = List.copyOf(rows);
    }

    /**
     * A week: its Monday, how it reads (a term week where terms are set), one cell per need column, and the
     * week's figure (its total; empty when nobody asked anything that week).
     */
    public record Row(LocalDate monday, String label, List<Optional<Figure>> cells, Optional<Figure> week) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The requests of a column (0 for an empty cell). */
        public int count(int column) {
            return cells.get(column).map(Figure::count).orElse(0);
        }

        /** The week's requests: its figure's count. */
        public int total() {
            return week.map(Figure::count).orElse(0);
        }
    }

    public static WeekNeedTable of(Report report) {
        List<Figure> needs = report.section("needs").map(Section::figures).orElse(List.of());
        Map<String, Figure> cells = report.section(SECTION).map(Section::figures).orElse(List.of()).stream()
                .collect(Collectors.toMap(Figure::id, Function.identity()));
        List<Row> rows = new ArrayList<>();
        LocalDate last = report.filter().to();
        for (LocalDate monday = report.filter().from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            String week = monday.toString();
            List<Optional<Figure>> row = needs.stream().map(need -> Optional.ofNullable(cells.get(PREFIX + week + ":"
                    + need.id().substring("need:".length())))).toList();
            rows.add(new Row(monday, TermDates.label(monday, report.terms()), row, report.figure("week:" + week)));
        }
        return new WeekNeedTable(needs, rows);
    }

    /** Every request of the table. */
    public int total() {
        return needs.stream().mapToInt(Figure::count).sum();
    }

    /** A need column's heading: the need's id. */
    public static String need(Figure column) {
        return column.id().substring("need:".length());
    }
}
