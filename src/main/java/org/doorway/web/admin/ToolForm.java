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
            "licence", "licence-until", "cost-to-students", "vle-integration", "plan-b", "review-by");
    static final List<String> LONG = List.of("summary", "accessibility", "plan-b", "experts", "steps", "data-protection.notes");
    static final List<String> NEED_FIELDS = List.of("need", "how", "strength");
    static final List<String> GUIDE_FIELDS = List.of("title", "format", "url", "minutes", "dates", "time-zone", "join",
            "capacity", "recordings", "questions");
    static final List<String> STUDY_FIELDS = List.of("title", "author", "summary", "needs", "url");
    private static final List<String> PROTECTION_TEXTS = List.of("data-protection.data-location",
            "data-protection.approved-until", "data-protection.notes");
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

    /** The empty form of a new tool: one blank row per list, every teaching mode. */
    static ToolForm blank() {
        return new ToolForm(Map.of("support", "supported"));
    }

    /** A new tool for {@code needId} (from the not-understood queue): its first need row already chosen. */
    static ToolForm forNeed(String needId) {
        return new ToolForm(Map.of("support", "supported", "needs.0.present", "true", "needs.0.need", needId));
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
        rowsOf(entry.path("case-studies"), "case-studies", values);
        values.put("experts", joined(entry.path("experts"), "\n"));
        values.put("steps", joined(entry.path("steps"), "\n"));
        values.put("aliases", joined(entry.path("aliases"), ", "));
        return new ToolForm(values);
    }

    private static String joined(JsonNode list, String separator) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(item.asText()));
        return String.join(separator, items);
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
        if (id != null) {
            values.put("id", id);
        } else {
            put(values, tooLong, "id", posted.get("id"));
        }
        for (String key : TEXTS) {
            put(values, tooLong, key, posted.get(key));
        }
        for (String key : PROTECTION_TEXTS) {
            put(values, tooLong, key, posted.get(key));
        }
        for (String key : List.of("class-fit.min-size", "class-fit.max-size", "experts", "steps", "aliases")) {
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
        postedRows(posted, "needs", NEED_FIELDS, values, tooLong);
        postedRows(posted, "guides", GUIDE_FIELDS, values, tooLong);
        postedRows(posted, "case-studies", STUDY_FIELDS, values, tooLong);
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
        int limit = LONG.contains(key) || key.endsWith(".summary") ? MAX_LONG : MAX_SHORT;
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

    /** The entry in the file's tree shape, for the catalogue's checks to judge. */
    ObjectNode toTree() {
        ObjectNode entry = NODES.objectNode();
        entry.put("id", value("id"));
        for (String key : TEXTS) {
            if (values.containsKey(key)) {
                entry.put(key, value(key));
            }
        }
        entry.set("needs", rows("needs", NEED_FIELDS, List.of("strength"), List.of()));
        entry.set("guides", rows("guides", GUIDE_FIELDS, List.of("minutes", "capacity"), List.of("dates")));
        protection(entry);
        classFit(entry);
        ArrayNode studies = rows("case-studies", STUDY_FIELDS, List.of(), List.of("needs"));
        if (!studies.isEmpty()) {
            entry.set("case-studies", studies);
        }
        list(entry, "experts", value("experts").lines().toList());
        list(entry, "steps", value("steps").lines().toList());
        list(entry, "aliases", List.of(value("aliases").split(",")));
        return entry;
    }

    private static void list(ObjectNode entry, String field, List<String> items) {
        ArrayNode list = NODES.arrayNode();
        items.stream().map(String::strip).filter(item -> !item.isEmpty()).forEach(list::add);
        if (!list.isEmpty()) {
            entry.set(field, list);
        }
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
                || PROTECTION_TEXTS.stream().anyMatch(values::containsKey);
        if (!any) {
            return;
        }
        ObjectNode protection = entry.putObject("data-protection");
        protection.put("approved", checked("data-protection.approved"));
        if (values.containsKey("data-protection.data-location")) {
            protection.put("data-location", value("data-protection.data-location"));
        }
        protection.put("student-data-to-vendor", checked("data-protection.student-data-to-vendor"));
        if (values.containsKey("data-protection.approved-until")) {
            protection.put("approved-until", value("data-protection.approved-until"));
        }
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
