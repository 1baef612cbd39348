package org.doorway.handoff.roster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One mapping of the roster file with the line of every value, collecting
 * problems as it is read. Keys that appear twice are reported, since YAML
 * parsers silently keep the last one. Not thread-safe.
 */
final class Entry {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final int line;
    private final List<RosterProblem> problems;

    Entry(MappingNode mapping, List<RosterProblem> problems) {
        this.line = lineOf(mapping);
        this.problems = problems;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
                problems.add(RosterProblem.error(lineOf(tuple.getKeyNode()), "'" + key + "' appears twice here",
                        "keep one '" + key + "'"));
            }
        }
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    int line() {
        return line;
    }

    Iterable<String> keys() {
        return values.keySet();
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(values.get(key));
    }

    int lineOf(String key) {
        return node(key).map(Entry::lineOf).orElse(line);
    }

    /** A plain value; a list or mapping where text belongs is reported. */
    Optional<String> text(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() || value.equals("~") || value.equals("null") ? Optional.empty() : Optional.of(value);
        }
        problems.add(RosterProblem.error(lineOf(node.get()), "'" + key + "' must be a single value",
                "write it as " + key + ": value"));
        return Optional.empty();
    }

    /** A value that must be there. */
    Optional<String> required(String key, String example) {
        Optional<String> value = text(key);
        if (value.isEmpty() && (node(key).isEmpty() || node(key).get() instanceof ScalarNode)) {
            problems.add(RosterProblem.error(lineOf(key), "'" + key + "' is missing", "add " + key + ": " + example));
        }
        return value;
    }

    void problem(String key, String message, String fix) {
        problems.add(RosterProblem.error(lineOf(key), message, fix));
    }

    void warning(String key, String message, String fix) {
        problems.add(RosterProblem.warning(lineOf(key), message, fix));
    }
}
