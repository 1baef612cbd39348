package org.doorway.handoff.roster;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doorway.handoff.Technologist;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

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
    public record Result(List<Technologist> technologists, List<RosterProblem> problems) {
        public Result {
            technologists = List.copyOf(technologists);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.stream().noneMatch(problem -> !problem.warning());
        }
    }

    public Result read(String yaml) {
        List<RosterProblem> problems = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException syntax) {
            int line = syntax.getProblemMark() == null ? 0 : syntax.getProblemMark().getLine() + 1;
            return failed(RosterProblem.error(line, "the file is not valid YAML (" + syntax.getProblem() + ")",
                    "check the indentation and quoting here and on the line before; text with ': ' needs quotes"));
        } catch (YAMLException unreadable) {
            return failed(RosterProblem.error(0, "the file is not valid YAML (" + unreadable.getMessage() + ")",
                    "check it is UTF-8 YAML text"));
        }
        Optional<SequenceNode> list = technologists(root, problems);
        List<Technologist> technologists = new ArrayList<>();
        if (list.isPresent()) {
            TechnologistReader reader = new TechnologistReader(known, problems);
            Duplicates duplicates = new Duplicates(problems);
            for (Node item : list.get().getValue()) {
                if (!(item instanceof MappingNode mapping)) {
                    problems.add(RosterProblem.error(Entry.lineOf(item), "each technologist must be a set of fields",
                            "start each one with '- name: ...' followed by its fields, indented"));
                    continue;
                }
                Entry entry = new Entry(mapping, problems);
                duplicates.check(entry);
                reader.read(entry).ifPresent(technologists::add);
            }
        }
        Result result = new Result(technologists, problems);
        return result.ok() ? result : new Result(List.of(), problems);
    }

    private static Optional<SequenceNode> technologists(Node root, List<RosterProblem> problems) {
        if (root instanceof MappingNode mapping) {
            Entry top = new Entry(mapping, problems);
            Optional<Node> list = top.node("technologists");
            if (list.isPresent() && list.get() instanceof SequenceNode sequence) {
                return Optional.of(sequence);
            }
            if (list.isPresent()) {
                top.problem("technologists", "'technologists' must be a list", "put each technologist on a line "
                        + "starting with '- name:'");
                return Optional.empty();
            }
        }
        problems.add(RosterProblem.error(root == null ? 0 : Entry.lineOf(root), "there is no 'technologists:' list",
                "start the file with 'technologists:' followed by one '- name: ...' entry per person"));
        return Optional.empty();
    }

    private static Result failed(RosterProblem problem) {
        return new Result(List.of(), List.of(problem));
    }

    /** Email addresses and chat ids must each belong to one person. */
    private static final class Duplicates {
        private final Map<String, Integer> firstSeen = new HashMap<>();
        private final List<RosterProblem> problems;

        Duplicates(List<RosterProblem> problems) {
            this.problems = problems;
        }

        void check(Entry entry) {
            for (String key : List.of("email", "slack", "teams")) {
                entry.node(key).filter(node -> node instanceof org.yaml.snakeyaml.nodes.ScalarNode).ifPresent(node -> {
                    String value = ((org.yaml.snakeyaml.nodes.ScalarNode) node).getValue().strip();
                    String seen = key + ":" + (key.equals("slack") ? value : value.toLowerCase(Locale.ROOT));
                    Integer first = firstSeen.putIfAbsent(seen, Entry.lineOf(node));
                    if (first != null && !value.isEmpty()) {
                        problems.add(RosterProblem.error(Entry.lineOf(node), "the " + key + " " + value
                                + " is already used on line " + first, "give each person their own " + key));
                    }
                });
            }
        }
    }
}
