package org.doorway.app;

import java.util.List;
import org.doorway.reports.WeekNeedTable;

/**
 * Requests per week by need for a terminal: a row per week, a numbered column
 * per need (named in a key under the table, so the table stays narrow), and
 * each week's total.
 */
final class WeekNeedText {
    private WeekNeedText() {}

    static String of(WeekNeedTable table) {
        StringBuilder out = new StringBuilder("Requests per week by need\n");
        if (table.needs().isEmpty()) {
            return out.append("           nothing yet\n").toString();
        }
        List<WeekNeedTable.Row> rows = table.rows();
        int labels = Math.max("Week".length(), rows.stream().mapToInt(row -> row.label().length()).max().orElse(0));
        out.append(String.format("  %-" + labels + "s", "Week"));
        for (int column = 1; column <= table.needs().size(); column++) {
            out.append(String.format(" %5s", "[" + column + "]"));
        }
        out.append(String.format(" %6s%n", "all"));
        for (WeekNeedTable.Row row : rows) {
            out.append(String.format("  %-" + labels + "s", row.label()));
            for (int column = 0; column < table.needs().size(); column++) {
                out.append(String.format(" %5d", row.count(column)));
            }
            out.append(String.format(" %6d%n", row.total()));
        }
        out.append("  Needs:");
        for (int column = 0; column < table.needs().size(); column++) {
            out.append(column == 0 ? " " : ", ").append('[').append(column + 1).append("] ")
                    .append(WeekNeedTable.need(table.needs().get(column)));
        }
        return out.append('\n').toString();
    }
}
