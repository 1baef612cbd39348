package org.doorway.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.doorway.admin.ToolFilter;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Lapse;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.WireNames;
import org.doorway.needs.Need;

/**
 * The catalogue page: the filters as chosen, one page of the matching tools
 * as rows (a catalogue may hold thousands), and the choices for each filter.
 */
public record ToolList(ToolFilter filter, List<Row> rows, int matching, int total, int page, List<Need> needs) {
    public static final int PAGE_SIZE = 50;

    /** One tool as the list shows it. */
    public record Row(String id, String name, String needs, String support, String reviewBy, boolean overdue,
            String protection, String notSuggested) {}

    static ToolList of(Catalogue catalogue, ToolFilter filter, LocalDate today, int page) {
        List<Tool> matching = filter.apply(catalogue.tools(), today);
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(1, Math.min(page, pages));
        List<Row> rows = matching.stream().skip((long) (shown - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(tool -> row(tool, catalogue, today)).toList();
        return new ToolList(filter, rows, matching.size(), catalogue.tools().size(), shown, catalogue.needs());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * PAGE_SIZE < matching;
    }

    /** The address of another page of this list, with the same filters. */
    public String pageLink(int other) {
        StringBuilder link = new StringBuilder("/admin/tools?page=").append(other);
        append(link, "q", filter.words());
        append(link, "need", filter.need());
        append(link, "support", filter.support());
        if (filter.reviewOverdue()) {
            append(link, "overdue", "true");
        }
        if (filter.protection() != ToolFilter.Protection.ANY) {
            append(link, "protection", filter.protection().name().toLowerCase(java.util.Locale.ROOT));
        }
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (!value.isEmpty()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Row row(Tool tool, Catalogue catalogue, LocalDate today) {
        String needs = tool.needs().stream()
                .map(fit -> catalogue.need(fit.need()).map(Need::name).orElse(fit.need()))
                .collect(Collectors.joining(", "));
        return new Row(tool.id(), tool.name(), needs, tool.support().label(),
                tool.reviewBy() == null ? "—" : tool.reviewBy().toString(), ToolFilter.overdue(tool, today),
                protection(ToolFilter.protectionOf(tool)),
                Lapse.of(tool, today).map(lapse -> lapse.what() + " ended " + lapse.ended()).orElse(""));
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
        String found = matching == total ? total + " tools" : matching + " of " + total + " tools";
        if (matching <= PAGE_SIZE) {
            return found;
        }
        int first = (page - 1) * PAGE_SIZE + 1;
        return found + ", showing " + first + " to " + (first + rows.size() - 1);
    }
}
