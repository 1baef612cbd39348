package org.doorway.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.doorway.admin.ToolFilter;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.WireNames;
import org.doorway.needs.Need;

/** The catalogue page: the filters as chosen, the matching tools as rows, and the choices for each filter. */
public record ToolList(ToolFilter filter, List<Row> rows, int total, List<Need> needs) {

    /** One tool as the list shows it. */
    public record Row(String id, String name, String needs, String support, String reviewBy, boolean overdue,
            String protection) {}

    static ToolList of(Catalogue catalogue, ToolFilter filter, LocalDate today) {
        List<Row> rows = filter.apply(catalogue.tools(), today).stream().map(tool -> row(tool, catalogue, today)).toList();
        return new ToolList(filter, rows, catalogue.tools().size(), catalogue.needs());
    }

    private static Row row(Tool tool, Catalogue catalogue, LocalDate today) {
        String needs = tool.needs().stream()
                .map(fit -> catalogue.need(fit.need()).map(Need::name).orElse(fit.need()))
                .collect(Collectors.joining(", "));
        return new Row(tool.id(), tool.name(), needs, tool.support().label(),
                tool.reviewBy() == null ? "—" : tool.reviewBy().toString(), ToolFilter.overdue(tool, today),
                protection(ToolFilter.protectionOf(tool)));
    }

    public static String protection(ToolFilter.Protection protection) {
        return switch (protection) {
            case ANY -> "any";
            case APPROVED -> "approved";
            case NOT_APPROVED -> "not approved";
            case NOT_RECORDED -> "not recorded";
        };
    }

    public List<String> supportValues() {
        return WireNames.all(SupportStatus.class);
    }

    public String supportLabel(String wireName) {
        return WireNames.parse(SupportStatus.class, wireName).map(SupportStatus::label).orElse(wireName);
    }

    public List<ToolFilter.Protection> protections() {
        return List.of(ToolFilter.Protection.values());
    }

    public String summary() {
        return rows.size() == total ? total + " tools" : rows.size() + " of " + total + " tools";
    }
}
