package org.doorway.resources;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.doorway.needs.Need;

/**
 * The catalogue as a map: each need with the tools that serve it (strongest
 * and best supported first) and whether it is a gap, that is, served by no
 * supported tool. {@code detailed} maps (one need) show every guide and case
 * study; the whole-catalogue map summarises them.
 */
public record NeedMap(List<Row> rows, boolean detailed) {
    public NeedMap {
        rows = List.copyOf(rows);
    }

    /** A need and its tools; a gap when none of them is supported centrally. */
    public record Row(Need need, List<Tool> tools) {
        public Row {
            tools = List.copyOf(tools);
        }

        public boolean gap() {
            return tools.stream().noneMatch(tool -> tool.support() == SupportStatus.SUPPORTED);
        }
    }

    /** Every need of the vocabulary, in its order. */
    public static NeedMap of(Catalogue catalogue) {
        return new NeedMap(catalogue.needs().stream().map(need -> row(catalogue, need)).toList(), false);
    }

    /** One need in detail, or empty when the catalogue has no such need. */
    public static Optional<NeedMap> forNeed(Catalogue catalogue, String needId) {
        return catalogue.need(needId).map(need -> new NeedMap(List.of(row(catalogue, need)), true));
    }

    public List<Row> gaps() {
        return rows.stream().filter(Row::gap).toList();
    }

    private static Row row(Catalogue catalogue, Need need) {
        return new Row(need, catalogue.toolsFor(need.id()).stream()
                .sorted(Comparator.comparing((Tool tool) -> -tool.fitFor(need.id()).orElseThrow().strength())
                        .thenComparing(Tool::support).thenComparing(Tool::name))
                .toList());
    }
}
