package org.doorway.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.catalogue.FieldProblem;

/**
 * A catalogue entry as the edit form's fields: flat keys that follow the
 * file's shape ({@code name}, {@code data-protection.notes},
 * {@code needs.0.strength}), to and from the file's tree, so the catalogue's
 * own checks judge what was typed and their problems land next to the right
 * field. Values are size-limited here, before anything else reads them.
 * Immutable.
 */
public final class ToolForm {
    static final int MAX_ROWS = 30;
    static final int MAX_LONG = 4000;
    static final int MAX_SHORT = 400;
    static final List<String> TEXTS = List.of("name", "summary", "url", "support", "supported-by", "accessibility",
            "licence", "cost-to-students", "vle-integration", "plan-b", "review-by");
    static final List<String> LONG = List.of("summary", "accessibility", "plan-b", "experts", "data-protection.notes");
    static final List<String> MODES = List.of("in-person", "online", "hybrid");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> values;

    private ToolForm(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean checked(String key) {
        return "true".equals(values.get(key));
    }

    /** Rows to show for a list: those filled in, plus one blank to add another. */
    public int rows(String list) {
        int filled = 0;
        while (values.containsKey(list + "." + filled + ".present")) {
            filled++;
        }
        return Math.min(filled + 1, MAX_ROWS);
    }

    /** The form of a stored entry. */
    static ToolForm of(JsonNode entry) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", entry.path("id").asText());
        for (String key : TEXTS) {
            if (entry.hasNonNull(key)) {
                values.put(key, entry.get(key).asText());
            }
        }
        JsonNode protection = entry.path("data-protection");
        protection.fields().forEachRemaining(field -> values.put("data-protection." + field.getKey(), field.getValue().asText()));
        JsonNode fit = entry.path("class-fit");
        if (fit.has("min-size")) {
            values.put("class-fit.min-size", fit.get("min-size").asText());
        }
        if (fit.has("max-size")) {
            values.put("class-fit.max-size", fit.get("max-size").asText());
        }
        fit.path("modes").forEach(mode -> values.put("class-fit.modes." + mode.asText(), "true"));
        rowsOf(entry.path("needs"), "needs", values);
        rowsOf(entry.path("guides"), "guides", values);
        List<String> experts = new ArrayList<>();
        entry.path("experts").forEach(expert -> experts.add(expert.asText()));
        values.put("experts", String.join("\n", experts));
        return new ToolForm(values);
    }

    private static void rowsOf(JsonNode list, String name, Map<String, String> values) {
        for (int i = 0; i < list.size() && i < MAX_ROWS; i++) {
            String prefix = name + "." + i + ".";
            values.put(prefix + "present", "true");
            list.get(i).fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value.isArray()) {
                    List<String> items = new ArrayList<>();
                    value.forEach(item -> items.add(item.asText()));
                    values.put(prefix + field.getKey(), String.join(", ", items));
                } else {
                    values.put(prefix + field.getKey(), value.asText());
                }
            });
        }
    }

    /**
     * What was posted, blank list rows dropped and the rest renumbered, with
     * a problem for each value over its size limit.
     */
    static Parsed parse(String id, Map<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldProblem> tooLong = new ArrayList<>();
        values.put("id", id);
        for (String key : TEXTS) {
            put(values, tooLong, key, posted.get(key));
        }
        for (String key : List.of("data-protection.data-location", "data-protection.notes", "class-fit.min-size",
                "class-fit.max-size", "experts")) {
            put(values, tooLong, key, posted.get(key));
        }
        for (String key : List.of("data-protection.approved", "data-protection.student-data-to-vendor")) {
            values.put(key, String.valueOf(posted.containsKey(key)));
        }
        MODES.forEach(mode -> {
            if (posted.containsKey("class-fit.modes." + mode)) {
                values.put("class-fit.modes." + mode, "true");
            }
        });
        postedRows(posted, "needs", List.of("need", "how", "strength"), values, tooLong);
        postedRows(posted, "guides", List.of("title", "format", "url", "dates"), values, tooLong);
        return new Parsed(new ToolForm(values), tooLong);
    }

    private static void postedRows(Map<String, String> posted, String list, List<String> fields,
            Map<String, String> values, List<FieldProblem> tooLong) {
        int kept = 0;
        for (int i = 0; i < MAX_ROWS; i++) {
            String from = list + "." + i + ".";
            if (fields.stream().allMatch(field -> blank(posted.get(from + field)))) {
                continue;
            }
            String to = list + "." + kept + ".";
            values.put(to + "present", "true");
            for (String field : fields) {
                put(values, tooLong, to + field, posted.get(from + field));
            }
            kept++;
        }
    }

    private static void put(Map<String, String> values, List<FieldProblem> tooLong, String key, String value) {
        if (blank(value)) {
            return;
        }
        int limit = LONG.contains(key) ? MAX_LONG : MAX_SHORT;
        String trimmed = value.strip();
        if (trimmed.length() > limit) {
            tooLong.add(new FieldProblem("/" + key.replace('.', '/'), "this is " + trimmed.length()
                    + " characters long, more than the " + limit + " allowed", "shorten it, or link to a page that says more"));
            trimmed = trimmed.substring(0, limit);
        }
        values.put(key, trimmed);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The entry in the file's tree shape; {@code caseStudies} (not edited here) are carried over as stored. */
    ObjectNode toTree(JsonNode caseStudies) {
        ObjectNode entry = NODES.objectNode();
        entry.put("id", value("id"));
        for (String key : TEXTS) {
            if (values.containsKey(key)) {
                entry.put(key, value(key));
            }
        }
        entry.set("needs", rows("needs", List.of("need", "how", "strength"), List.of("strength"), List.of()));
        entry.set("guides", rows("guides", List.of("title", "format", "url", "dates"), List.of(), List.of("dates")));
        protection(entry);
        classFit(entry);
        if (caseStudies != null && caseStudies.isArray() && !caseStudies.isEmpty()) {
            entry.set("case-studies", caseStudies);
        }
        ArrayNode experts = NODES.arrayNode();
        value("experts").lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(experts::add);
        if (!experts.isEmpty()) {
            entry.set("experts", experts);
        }
        return entry;
    }

    private ArrayNode rows(String list, List<String> fields, List<String> numbers, List<String> lists) {
        ArrayNode rows = NODES.arrayNode();
        for (int i = 0; values.containsKey(list + "." + i + ".present"); i++) {
            ObjectNode row = rows.addObject();
            for (String field : fields) {
                String key = list + "." + i + "." + field;
                if (!values.containsKey(key)) {
                    continue;
                }
                if (numbers.contains(field)) {
                    row.set(field, number(value(key)));
                } else if (lists.contains(field)) {
                    ArrayNode items = row.putArray(field);
                    for (String item : value(key).split(",")) {
                        if (!item.isBlank()) {
                            items.add(item.strip());
                        }
                    }
                } else {
                    row.put(field, value(key));
                }
            }
        }
        return rows;
    }

    private void protection(ObjectNode entry) {
        boolean any = checked("data-protection.approved") || checked("data-protection.student-data-to-vendor")
                || values.containsKey("data-protection.data-location") || values.containsKey("data-protection.notes");
        if (!any) {
            return;
        }
        ObjectNode protection = entry.putObject("data-protection");
        protection.put("approved", checked("data-protection.approved"));
        if (values.containsKey("data-protection.data-location")) {
            protection.put("data-location", value("data-protection.data-location"));
        }
        protection.put("student-data-to-vendor", checked("data-protection.student-data-to-vendor"));
        if (values.containsKey("data-protection.notes")) {
            protection.put("notes", value("data-protection.notes"));
        }
    }

    private void classFit(ObjectNode entry) {
        List<String> modes = MODES.stream().filter(mode -> checked("class-fit.modes." + mode)).toList();
        boolean sizes = values.containsKey("class-fit.min-size") || values.containsKey("class-fit.max-size");
        if (!sizes && (modes.isEmpty() || modes.size() == MODES.size())) {
            return;
        }
        ObjectNode fit = entry.putObject("class-fit");
        for (String size : List.of("min-size", "max-size")) {
            if (values.containsKey("class-fit." + size)) {
                fit.set(size, number(value("class-fit." + size)));
            }
        }
        if (!modes.isEmpty()) {
            ArrayNode list = fit.putArray("modes");
            modes.forEach(list::add);
        }
    }

    /** A whole number when it is one; otherwise the text, for the catalogue's check to explain. */
    private static JsonNode number(String text) {
        try {
            return NODES.numberNode(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notWhole) {
            return NODES.textNode(text);
        }
    }

    /** The form as posted and the values that were over their limits. */
    record Parsed(ToolForm form, List<FieldProblem> tooLong) {}
}
