package org.doorway.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.doorway.text.WebLinks;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.YamlProblem;

/**
 * Field-level checks shared by every part of a catalogue file. Collects every
 * error with its line instead of stopping at the first, so an admin fixes a
 * file in one pass. One instance per validation run; not thread-safe.
 */
final class FieldChecks {
    private final LocatedYaml document;
    private final List<YamlProblem> errors = new ArrayList<>();

    FieldChecks(LocatedYaml document) {
        this.document = document;
    }

    List<YamlProblem> errors() {
        return errors;
    }

    void error(String pointer, String problem, String fix) {
        errors.add(YamlProblem.error(document.line(pointer), problem, fix));
    }

    int line(String pointer) {
        return document.line(pointer);
    }

    /** Reports fields the format does not have; a misspelt optional field would otherwise vanish silently. */
    void knownFields(JsonNode node, String pointer, String what, Collection<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(LocatedYaml.child(pointer, name), "unknown field '" + name + "' in " + what,
                        DidYouMean.hint(name, known) + "the fields are: " + String.join(", ", known));
            }
        });
    }

    boolean isMapping(JsonNode node, String pointer, String what) {
        if (node.isObject()) {
            return true;
        }
        error(pointer, what + " should be a mapping of 'field: value' lines", "indent its fields under it, one per line");
        return false;
    }

    /** A list, or null after reporting; absent optional lists read as empty. */
    JsonNode list(JsonNode parent, String pointer, String field, boolean required) {
        JsonNode node = parent.get(field);
        String at = LocatedYaml.child(pointer, field);
        if (node == null || node.isNull()) {
            if (required) {
                missing(pointer, field);
            }
            return null;
        }
        if (!node.isArray()) {
            error(at, "'" + field + "' should be a list", "write each item on its own line starting with '- '");
            return null;
        }
        return node;
    }

    String requiredText(JsonNode parent, String pointer, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || (node.isValueNode() && node.asText().isBlank())) {
            missing(pointer, field);
            return null;
        }
        return text(node, LocatedYaml.child(pointer, field), field);
    }

    String optionalText(JsonNode parent, String pointer, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : text(node, LocatedYaml.child(pointer, field), field);
    }

    private String text(JsonNode node, String at, String field) {
        if (!node.isValueNode()) {
            error(at, "'" + field + "' should be a single value, not a list or mapping", "write it on one line, in quotes if it contains ': '");
            return null;
        }
        return node.asText();
    }

    void missing(String pointer, String field) {
        error(pointer, "missing required field '" + field + "'", "add '" + field + ":' to this entry");
    }

    void url(JsonNode parent, String pointer, String field, boolean required) {
        String value = required ? requiredText(parent, pointer, field) : optionalText(parent, pointer, field);
        if (value != null && !isWebLink(value)) {
            error(LocatedYaml.child(pointer, field), "'" + value + "' is not a valid http(s) link",
                    "write the full address starting with https://, e.g. https://www.example.ac.uk/guide");
        }
    }

    static boolean isWebLink(String value) {
        return WebLinks.isWebLink(value);
    }

    void date(JsonNode node, String at, String field) {
        if (node == null || node.isNull()) {
            return;
        }
        try {
            LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            error(at, "'" + node.asText() + "' in '" + field + "' is not a date", "write dates as YYYY-MM-DD, e.g. 2027-06-30");
        }
    }

    <E extends Enum<E>> void oneOf(JsonNode node, String at, String field, Class<E> type) {
        oneOf(node, at, field, WireNames.all(type));
    }

    void oneOf(JsonNode node, String at, String field, List<String> allowed) {
        if (node == null || node.isNull()) {
            return;
        }
        String value = node.asText();
        if (!node.isValueNode() || !allowed.contains(value)) {
            error(at, "'" + value + "' is not a valid " + field, DidYouMean.hint(value, allowed) + "use one of: " + String.join(", ", allowed));
        }
    }

    /** A whole number within bounds, or null after reporting. */
    Integer wholeNumber(JsonNode node, String at, String field, int min, int max, String fix) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            error(at, "'" + field + "' is " + node.asText() + ", not a whole number from " + min + " to " + max, fix);
            return null;
        }
        return node.asInt();
    }

    void bool(JsonNode parent, String pointer, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                missing(pointer, field);
            }
            return;
        }
        if (!node.isBoolean()) {
            error(LocatedYaml.child(pointer, field), "'" + field + "' is '" + node.asText() + "', not true or false", "write true or false, without quotes");
        }
    }
}
