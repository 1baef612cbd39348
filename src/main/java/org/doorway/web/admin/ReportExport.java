package org.doorway.web.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.StringJoiner;
import org.doorway.reports.Report;
import org.doorway.reports.RequestStory;
import org.doorway.reports.Section;
import org.doorway.reports.WeekNeedTable;

/**
 * The report as JSON (every section's figures and measures) and one row per
 * request as JSON or CSV. Staff appear only as the event log's pseudonymous
 * key: the log never holds a chat id, so no export can name anyone.
 */
public final class ReportExport {
    static final List<String> COLUMNS = List.of("request", "opened_at", "week", "platform", "staff_key", "department", "need", "path",
            "fault", "reopened", "handed_off_at", "first_response_at", "sla_moves", "team_channel", "outcomes");
    private final ObjectMapper json;

    public ReportExport(ObjectMapper json) {
        this.json = json;
    }

    public String summary(Report report) throws java.io.IOException {
        ObjectNode root = json.createObjectNode();
        root.put("from", report.filter().from().toString()).put("to", report.filter().to().toString());
        root.put("need", report.filter().need().orElse(null)).put("platform", report.filter().platform().orElse(null))
                .put("department", report.filter().department().orElse(null));
        ArrayNode sections = root.putArray("sections");
        for (Section section : report.sections()) {
            ObjectNode shown = sections.addObject().put("id", section.id()).put("title", section.title())
                    .put("description", section.description());
            ArrayNode figures = shown.putArray("figures");
            section.figures().forEach(figure -> figures.addObject().put("id", figure.id())
                    .put("label", figure.label()).put("count", figure.count()));
            ArrayNode measures = shown.putArray("measures");
            section.measures().forEach(measure -> measures.addObject().put("label", measure.label())
                    .put("value", measure.value()));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Requests per week by need: a row per week of the range, a count per need, the week's total. */
    String weekNeedJson(Report report) throws java.io.IOException {
        WeekNeedTable table = WeekNeedTable.of(report);
        ObjectNode root = json.createObjectNode();
        root.put("from", report.filter().from().toString()).put("to", report.filter().to().toString());
        ArrayNode needs = root.putArray("needs");
        table.needs().forEach(need -> needs.add(WeekNeedTable.need(need)));
        ArrayNode rows = root.putArray("weeks");
        for (WeekNeedTable.Row row : table.rows()) {
            ObjectNode week = rows.addObject().put("week", row.monday().toString()).put("label", row.label());
            ObjectNode counts = week.putObject("counts");
            for (int column = 0; column < table.needs().size(); column++) {
                counts.put(WeekNeedTable.need(table.needs().get(column)), row.count(column));
            }
            week.put("total", row.total());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** The same table as CSV: week (its Monday), how the week reads, one column per need, the total. */
    String weekNeedCsv(Report report) {
        WeekNeedTable table = WeekNeedTable.of(report);
        StringJoiner header = new StringJoiner(",").add("week").add("week_label");
        table.needs().forEach(need -> header.add(cell(WeekNeedTable.need(need))));
        StringBuilder out = new StringBuilder(header.add("total").toString()).append("\r\n");
        for (WeekNeedTable.Row row : table.rows()) {
            StringJoiner line = new StringJoiner(",").add(row.monday().toString()).add(cell(row.label()));
            for (int column = 0; column < table.needs().size(); column++) {
                line.add(String.valueOf(row.count(column)));
            }
            out.append(line.add(String.valueOf(row.total()))).append("\r\n");
        }
        return out.toString();
    }

    String rowsJson(Report report, List<RequestStory> stories) throws java.io.IOException {
        ArrayNode rows = json.createArrayNode();
        for (RequestStory story : stories) {
            ObjectNode row = rows.addObject();
            List<String> values = values(report, story);
            for (int index = 0; index < COLUMNS.size(); index++) {
                row.put(COLUMNS.get(index), values.get(index));
            }
        }
        return json.writeValueAsString(rows);
    }

    String rowsCsv(Report report, List<RequestStory> stories) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (RequestStory story : stories) {
            StringJoiner line = new StringJoiner(",");
            values(report, story).forEach(value -> line.add(cell(value)));
            out.append(line).append("\r\n");
        }
        return out.toString();
    }

    private static List<String> values(Report report, RequestStory story) {
        return List.of(String.valueOf(story.id()), story.openedAt().toString(), report.week(story), story.platform(),
                story.staffKey(), report.department(story), story.need().orElse(""), story.path(), String.valueOf(story.fault()), String.valueOf(story.reopened()),
                story.handedOffAt().map(Object::toString).orElse(""),
                story.firstResponseAt().map(Object::toString).orElse(""), String.valueOf(story.slaMoves()),
                String.valueOf(story.teamChannel()), String.join(" ", story.outcomes().stream()
                        .map(outcome -> outcome.toolId() + "=" + outcome.result()).toList()));
    }

    /** Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
