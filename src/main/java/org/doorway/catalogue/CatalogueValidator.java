package org.doorway.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.needs.Need;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.UnreadableYaml;
import org.doorway.yaml.YamlProblem;

/**
 * Checks a catalogue file and reports every error with its line and a fix:
 * YAML syntax, missing required fields, unknown need ids, bad links, duplicate
 * tool ids, bad enum values, strengths out of range and bad dates. Pure: no
 * I/O, nothing changes. Immutable and thread-safe.
 */
public final class CatalogueValidator {
    private static final List<String> TOP_FIELDS = List.of("version", "tools");
    static final int FORMAT_VERSION = 1;

    private final Set<String> needIds;

    /** @param vocabulary the needs of {@code pedagogic-needs.yaml}; tools may only name these */
    public CatalogueValidator(Collection<Need> vocabulary) {
        this.needIds = vocabulary.stream().map(Need::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Every error in the text, in line order; empty when the catalogue is valid. */
    public List<YamlProblem> validate(String text) {
        try {
            return validate(LocatedYaml.parse(text));
        } catch (UnreadableYaml e) {
            return List.of(e.problem());
        }
    }

    List<YamlProblem> validate(LocatedYaml document) {
        FieldChecks checks = new FieldChecks(document);
        JsonNode root = document.root();
        if (root.isMissingNode()) {
            checks.error("", "the file is empty", "start with 'version: 1' and a 'tools:' list");
        } else if (checks.isMapping(root, "", "the file")) {
            checks.knownFields(root, "", "the file", TOP_FIELDS);
            if (root.has("version")) {
                checks.wholeNumber(root.get("version"), "/version", "version", FORMAT_VERSION, FORMAT_VERSION,
                        "this Doorway reads version " + FORMAT_VERSION + " files; write 'version: 1'");
            }
            JsonNode tools = checks.list(root, "", "tools", true);
            if (tools != null) {
                tools(tools, checks);
            }
        }
        List<YamlProblem> errors = new ArrayList<>(checks.errors());
        errors.addAll(document.duplicateKeys());
        errors.sort(Comparator.comparingInt(YamlProblem::line));
        return List.copyOf(errors);
    }

    private void tools(JsonNode tools, FieldChecks checks) {
        ToolChecks toolChecks = new ToolChecks(checks, needIds);
        Map<String, Integer> firstLineById = new HashMap<>();
        for (int i = 0; i < tools.size(); i++) {
            String at = LocatedYaml.child("/tools", i);
            String id = toolChecks.check(tools.get(i), at);
            if (id == null) {
                continue;
            }
            Integer first = firstLineById.putIfAbsent(id, checks.line(at));
            if (first != null) {
                checks.error(LocatedYaml.child(at, "id"), "duplicate tool id '" + id + "' (first used on line " + first + ")",
                        "give each tool its own id, or merge the two entries");
            }
        }
    }
}
