package org.doorway.handoff.roster;

import java.util.List;
import java.util.Optional;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.YamlProblem;

/**
 * One mapping of the roster file with the line of every value, collecting
 * problems as it is read (keys that appear twice are reported by
 * {@link LocatedYaml} for the whole file). Not thread-safe.
 */
final class Entry {
    private final LocatedYaml.Located mapping;
    private final List<YamlProblem> problems;

    Entry(LocatedYaml.Located mapping, List<YamlProblem> problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    int line() {
        return mapping.line();
    }

    Iterable<String> keys() {
        return mapping.keys();
    }

    Optional<LocatedYaml.Located> node(String key) {
        LocatedYaml.Located value = mapping.field(key);
        return value.value().isMissingNode() ? Optional.empty() : Optional.of(value);
    }

    int lineOf(String key) {
        return node(key).map(LocatedYaml.Located::line).orElse(line());
    }

    /** A plain value; a list or mapping where text belongs is reported. */
    Optional<String> text(String key) {
        Optional<LocatedYaml.Located> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get().isScalar()) {
            String value = node.get().value().asText().strip();
            return value.isEmpty() || value.equals("~") || value.equals("null") ? Optional.empty() : Optional.of(value);
        }
        problems.add(YamlProblem.error(node.get().line(), "'" + key + "' must be a single value",
                "write it as " + key + ": value"));
        return Optional.empty();
    }

    /** A value that must be there. */
    Optional<String> required(String key, String example) {
        Optional<String> value = text(key);
        if (value.isEmpty() && (node(key).isEmpty() || node(key).get().isScalar())) {
            problems.add(YamlProblem.error(lineOf(key), "'" + key + "' is missing", "add " + key + ": " + example));
        }
        return value;
    }

    void problem(String key, String message, String fix) {
        problems.add(YamlProblem.error(lineOf(key), message, fix));
    }

    void warning(String key, String message, String fix) {
        problems.add(YamlProblem.warning(lineOf(key), message, fix));
    }
}
