package org.doorway.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into a Jackson tree that remembers the line each value
 * came from. Jackson's own trees drop token locations, and an admin needs
 * "line 42", so the tree is built here straight from the parser's tokens.
 * Immutable once parsed.
 */
public final class LocatedYaml {

    /** Large enough for a catalogue of many thousand tools; SnakeYAML's default is 3 MB. */
    private static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    private static final YAMLFactory FACTORY = factory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<YamlProblem> duplicateKeys;

    private LocatedYaml(JsonNode root, Map<String, Integer> lines, List<YamlProblem> duplicateKeys) {
        this.root = root;
        this.lines = lines;
        this.duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** Parses the text, or throws {@link UnreadableYaml} carrying the syntax error with its line. */
    public static LocatedYaml parse(String text) throws UnreadableYaml {
        Builder builder = new Builder();
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return new LocatedYaml(NODES.missingNode(), Map.of(), List.of());
            }
            JsonNode root = builder.read(parser, "");
            return new LocatedYaml(root, builder.lines, builder.duplicateKeys);
        } catch (JacksonException e) {
            int line = problemLine(e);
            throw new UnreadableYaml(YamlProblem.error(Math.max(line, 0), "YAML syntax error: " + firstLine(e.getOriginalMessage()),
                    "check the indentation and quoting on this line and the one before; text containing ': ' or ' #' needs quotes"));
        } catch (IOException e) {
            throw new UnreadableYaml(YamlProblem.error(0, "cannot read the YAML: " + e.getMessage(), "check the file is UTF-8 text"));
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Keys that appear twice in one mapping: YAML parsers silently keep the last, which hides mistakes. */
    public List<YamlProblem> duplicateKeys() {
        return duplicateKeys;
    }

    /**
     * The line of the value at a JSON pointer ("/tools/3/needs/0/need"), or of
     * its nearest ancestor when the value is absent (so a missing field is
     * reported on the line of the entry that lacks it).
     */
    public int line(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 0;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    public static String child(String pointer, String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The value at a JSON pointer, with its place in the file. */
    public Located at(String pointer) {
        return new Located(root.at(pointer), pointer);
    }

    /** A value of the document with its pointer, for readers that walk the tree. */
    public final class Located {
        private final JsonNode value;
        private final String pointer;

        private Located(JsonNode value, String pointer) {
            this.value = value;
            this.pointer = pointer;
        }

        public JsonNode value() {
            return value;
        }

        /** The line of this value, or of its nearest ancestor when it is absent. */
        public int line() {
            return LocatedYaml.this.line(pointer);
        }

        /** A plain value (text, a number, true/false, null), not a list or mapping. */
        public boolean isScalar() {
            return value.isValueNode();
        }

        public Located field(String name) {
            return new Located(value.path(name), child(pointer, name));
        }

        /** The items of a list, in order; none for anything else. */
        public List<Located> items() {
            List<Located> items = new ArrayList<>();
            for (int i = 0; i < value.size() && value.isArray(); i++) {
                items.add(new Located(value.get(i), child(pointer, i)));
            }
            return items;
        }

        /** The keys of a mapping, in the file's order; none for anything else. */
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            if (value.isObject()) {
                value.fieldNames().forEachRemaining(keys::add);
            }
            return keys;
        }
    }

    /**
     * Where the parser found the problem: SnakeYAML's problem mark when there
     * is one (an unclosed bracket is found where the text goes on without it),
     * else Jackson's location.
     */
    private static int problemLine(JacksonException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return marked.getProblemMark().getLine() + 1;
            }
        }
        return failure.getLocation() == null ? 0 : Math.max(failure.getLocation().getLineNr(), 0);
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Walks the token stream once; not thread-safe, one per parse. */
    private static final class Builder {
        private final Map<String, Integer> lines = new HashMap<>();
        private final List<YamlProblem> duplicateKeys = new ArrayList<>();

        JsonNode read(JsonParser parser, String pointer) throws IOException {
            lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> readObject(parser, pointer);
                case START_ARRAY -> readArray(parser, pointer);
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> NODES.textNode(parser.getText());
            };
        }

        private ObjectNode readObject(JsonParser parser, String pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = child(pointer, name);
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (object.has(name)) {
                    duplicateKeys.add(YamlProblem.error(keyLine, "'" + name + "' appears twice in the same entry (first on line "
                            + lines.get(child) + ")", "keep one of them; only the last would count"));
                    read(parser, pointer + "/~duplicate");
                    continue;
                }
                lines.put(child, keyLine);
                object.set(name, read(parser, child));
            }
            return object;
        }

        private ArrayNode readArray(JsonParser parser, String pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, child(pointer, index++)));
            }
            return array;
        }
    }
}
