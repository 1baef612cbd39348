package org.doorway.handoff.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doorway.handoff.Technologist;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.UnreadableYaml;
import org.doorway.yaml.YamlProblem;

/**
 * Reads a roster file ({@code technologists: [...]}) and checks all of it:
 * every problem is reported with its line and a fix, and the technologists
 * are usable only when there is no error. Thread-safe.
 */
public final class RosterReader {
    private final KnownExpertise known;

    public RosterReader(KnownExpertise known) {
        this.known = known;
    }

    /** What a roster file holds, and everything wrong with it. */
    public record Result(List<Technologist> technologists, List<YamlProblem> problems) {
        public Result {
            technologists = List.copyOf(technologists);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.stream().noneMatch(problem -> !problem.warning());
        }
    }

    public Result read(String yaml) {
        LocatedYaml document;
        try {
            document = LocatedYaml.parse(yaml);
        } catch (UnreadableYaml unreadable) {
            YamlProblem syntax = unreadable.problem();
            String detail = syntax.message().replaceFirst("^YAML syntax error: ", "");
            return failed(YamlProblem.error(syntax.line(), "the file is not valid YAML (" + detail + ")",
                    "check the indentation and quoting here and on the line before; text with ': ' needs quotes"));
        }
        List<YamlProblem> problems = new ArrayList<>(document.duplicateKeys());
        Optional<LocatedYaml.Located> list = technologists(document, problems);
        List<Technologist> technologists = new ArrayList<>();
        if (list.isPresent()) {
            TechnologistReader reader = new TechnologistReader(known, problems);
            Duplicates duplicates = new Duplicates(problems);
            for (LocatedYaml.Located item : list.get().items()) {
                if (!item.value().isObject()) {
                    problems.add(YamlProblem.error(item.line(), "each technologist must be a set of fields",
                            "start each one with '- name: ...' followed by its fields, indented"));
                    continue;
                }
                Entry entry = new Entry(item, problems);
                duplicates.check(entry);
                reader.read(entry).ifPresent(technologists::add);
            }
        }
        Result result = new Result(technologists, problems);
        return result.ok() ? result : new Result(List.of(), problems);
    }

    private static Optional<LocatedYaml.Located> technologists(LocatedYaml document, List<YamlProblem> problems) {
        LocatedYaml.Located root = document.at("");
        if (root.value().isObject()) {
            Optional<LocatedYaml.Located> list = new Entry(root, problems).node("technologists");
            if (list.isPresent() && list.get().value().isArray()) {
                return list;
            }
            if (list.isPresent()) {
                problems.add(YamlProblem.error(list.get().line(), "'technologists' must be a list",
                        "put each technologist on a line starting with '- name:'"));
                return Optional.empty();
            }
        }
        problems.add(YamlProblem.error(root.value().isMissingNode() ? 0 : root.line(),
                "there is no 'technologists:' list",
                "start the file with 'technologists:' followed by one '- name: ...' entry per person"));
        return Optional.empty();
    }

    private static Result failed(YamlProblem problem) {
        return new Result(List.of(), List.of(problem));
    }

    /** Email addresses and chat ids must each belong to one person. */
    private static final class Duplicates {
        private final Map<String, Integer> firstSeen = new HashMap<>();
        private final List<YamlProblem> problems;

        Duplicates(List<YamlProblem> problems) {
            this.problems = problems;
        }

        void check(Entry entry) {
            for (String key : List.of("email", "slack", "teams")) {
                entry.node(key).filter(LocatedYaml.Located::isScalar).ifPresent(node -> {
                    String value = node.value().asText().strip();
                    String seen = key + ":" + (key.equals("slack") ? value : value.toLowerCase(Locale.ROOT));
                    Integer first = firstSeen.putIfAbsent(seen, node.line());
                    if (first != null && !value.isEmpty()) {
                        problems.add(YamlProblem.error(node.line(), "the " + key + " " + value
                                + " is already used on line " + first, "give each person their own " + key));
                    }
                });
            }
        }
    }
}
