package org.doorway.catalogue;

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

/**
 * A YAML document read into a Jackson tree that remembers the line each value
 * came from. Jackson's own trees drop token locations, and an admin needs
 * "line 42", so the tree is built here straight from the parser's tokens.
 * Immutable once parsed.
 */
final class LocatedYaml {

    /** Large enough for a catalogue of many thousand tools; SnakeYAML's default is 3 MB. */
    private static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    private static final YAMLFactory FACTORY = factory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<CatalogueError> duplicateKeys;

    private LocatedYaml(JsonNode root, Map<String, Integer> lines, List<CatalogueError> duplicateKeys) {
        this.root = root;
        this.lines = lines;
        this.duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** Parses the text, or throws {@link Unreadable} carrying the syntax error with its line. */
    static LocatedYaml parse(String text) throws Unreadable {
        Builder builder = new Builder();
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return new LocatedYaml(NODES.missingNode(), Map.of(), List.of());
            }
            JsonNode root = builder.read(parser, "");
            return new LocatedYaml(root, builder.lines, builder.duplicateKeys);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Unreadable(new CatalogueError(Math.max(line, 0), "YAML syntax error: " + firstLine(e.getOriginalMessage()),
                    "check the indentation and quoting on this line and the one before; text containing ': ' or ' #' needs quotes"));
        } catch (IOException e) {
            throw new Unreadable(new CatalogueError(0, "cannot read the YAML: " + e.getMessage(), "check the file is UTF-8 text"));
        }
    }

    /** A tree that came from no text (a web form): every line is 0. */
    static LocatedYaml unlocated(JsonNode root) {
        return new LocatedYaml(root, Map.of(), List.of());
    }

    JsonNode root() {
        return root;
    }

    /** Keys that appear twice in one mapping: YAML parsers silently keep the last, which hides mistakes. */
    List<CatalogueError> duplicateKeys() {
        return duplicateKeys;
    }

    /**
     * The line of the value at a JSON pointer ("/tools/3/needs/0/need"), or of
     * its nearest ancestor when the value is absent (so a missing field is
     * reported on the line of the entry that lacks it).
     */
    int line(String pointer) {
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

    static String child(String pointer, String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
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
        private final List<CatalogueError> duplicateKeys = new ArrayList<>();

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
                    duplicateKeys.add(new CatalogueError(keyLine, "'" + name + "' appears twice in the same entry (first on line "
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
