package org.doorway.web.admin;

import java.util.List;
import org.doorway.reports.Figure;
import org.doorway.reports.Report;
import org.doorway.reports.Section;
import org.doorway.reports.WeekNeedTable;

/**
 * The reports page as the template shows it: each section as a horizontal bar
 * chart (drawn server-side as SVG, sized here) beside a table of the same
 * numbers, each row linking to the requests it counts.
 */
public record ReportView(List<Tile> tiles, String parameters, java.util.Optional<WeekNeedTable> weekNeed) {
    static final int BAR_HEIGHT = 22;
    static final int LABEL_WIDTH = 320;
    static final int CHART_WIDTH = 640;
    /** A chart shows at most this many bars; the table beside it has every row. */
    static final int MOST_BARS = 12;

    public record Tile(Section section, List<Bar> bars, int height) {
        public String titleId() {
            return "chart-" + section.id();
        }
    }

    /** One bar: its figure, y position and width in SVG units, and where its row drills down to. */
    public record Bar(Figure figure, int y, int width, String href) {
        public int textY() {
            return y + BAR_HEIGHT - 7;
        }

        public int countX() {
            return LABEL_WIDTH + width + 6;
        }

        public String shortLabel() {
            String label = figure.label();
            return label.length() <= 44 ? label : label.substring(0, 43) + "…";
        }
    }

    /** No report (the filter was wrong): no tiles. */
    static ReportView empty() {
        return new ReportView(List.of(), "", java.util.Optional.empty());
    }

    /** Every section as a tile but the week × need cells, which the page shows as one table after the weeks tile. */
    static ReportView of(Report report, ReportQuery query) {
        List<Tile> tiles = report.sections().stream().filter(section -> !section.id().equals(WeekNeedTable.SECTION))
                .map(section -> tile(section, query)).toList();
        return new ReportView(tiles, query.parameters(), java.util.Optional.of(WeekNeedTable.of(report)));
    }

    /** Where a figure drills down to: its requests under the same filter. */
    public String href(Figure figure) {
        return "/admin/reports/requests?figure=" + java.net.URLEncoder.encode(figure.id(),
                java.nio.charset.StandardCharsets.UTF_8) + "&" + parameters;
    }

    private static Tile tile(Section section, ReportQuery query) {
        int largest = section.largest();
        List<Figure> shown = section.figures().stream().limit(MOST_BARS).toList();
        List<Bar> bars = new java.util.ArrayList<>();
        for (int index = 0; index < shown.size(); index++) {
            Figure figure = shown.get(index);
            int width = (int) Math.round((CHART_WIDTH - LABEL_WIDTH - 60) * (double) figure.count() / largest);
            bars.add(new Bar(figure, index * (BAR_HEIGHT + 6), width, "/admin/reports/requests?figure="
                    + java.net.URLEncoder.encode(figure.id(), java.nio.charset.StandardCharsets.UTF_8) + "&"
                    + query.parameters()));
        }
        return new Tile(section, bars, Math.max(1, bars.size()) * (BAR_HEIGHT + 6));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int chartWidth() {
        return CHART_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
