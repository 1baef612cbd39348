package org.doorway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What differs between two versions of a catalogue entry, field by field, in
 * words a reviewer reads: "Guide 2 link", before and after. Lists of objects
 * (needs, guides, case studies) are compared row by row; lists of words
 * (experts, aliases, webinar dates) as one value. Stateless.
 */
public final class EntryDiff {
    private EntryDiff() {}

    /** A changed field: its label, and its text before and after (empty when absent). */
    public record Change(String field, String before, String after) {
        public boolean added() {
            return before.isEmpty();
        }

        public boolean removed() {
            return after.isEmpty();
        }
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        Map<String, String> old = flat(before);
        Map<String, String> now = flat(after);
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String a = old.getOrDefault(field, "");
            String b = now.getOrDefault(field, "");
            if (!a.equals(b)) {
                changes.add(new Change(field, a, b));
            }
        }
        return changes;
    }

    private static Map<String, String> flat(JsonNode entry) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(entry == null ? MissingNode.getInstance() : entry, "", values);
        return values;
    }

    private static void flatten(JsonNode node, String label, Map<String, String> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(field.getValue(), join(label, words(field.getKey())), values));
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), singular(label) + " " + (i + 1), values);
            }
        } else if (node.isArray()) {
            StringJoiner items = new StringJoiner(", ");
            node.forEach(item -> items.add(item.asText()));
            values.put(label, items.toString());
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.put(label, node.asText());
        }
    }

    private static String join(String label, String word) {
        return label.isEmpty() ? capitalised(word) : label + " " + word;
    }

    private static String words(String key) {
        return switch (key) {
            case "url" -> "link";
            case "vle-integration" -> "VLE integration";
            case "review-by" -> "review by";
            default -> key.replace('-', ' ');
        };
    }

    private static String singular(String label) {
        if (label.endsWith("studies")) {
            return label.substring(0, label.length() - 3) + "y";
        }
        return label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
