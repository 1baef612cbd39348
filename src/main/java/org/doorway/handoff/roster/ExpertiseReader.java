package org.doorway.handoff.roster;

import org.doorway.text.Spelling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.YamlProblem;

/**
 * Reads {@code expertise: [peer-assessment, mentimeter]}. Need ids are always
 * checked; tool ids only when a catalogue is known, else an id that is not a
 * need is kept as a tool id with a warning.
 */
final class ExpertiseReader {
    private final KnownExpertise known;
    private final List<YamlProblem> problems;

    ExpertiseReader(KnownExpertise known, List<YamlProblem> problems) {
        this.known = known;
        this.problems = problems;
    }

    List<String> read(Entry entry) {
        List<String> ids = new ArrayList<>();
        Optional<LocatedYaml.Located> node = entry.node("expertise");
        if (node.isEmpty()) {
            return ids;
        }
        if (!node.get().value().isArray()) {
            entry.problem("expertise", "'expertise' must be a list", "write expertise: [peer-assessment, mentimeter]");
            return ids;
        }
        for (LocatedYaml.Located item : node.get().items()) {
            String id = item.isScalar() && !item.value().isNull() ? item.value().asText().strip() : "";
            int line = item.line();
            if (id.isEmpty()) {
                problems.add(YamlProblem.error(line, "an expertise entry is empty or not a plain id",
                        "write need or tool ids, e.g. peer-assessment"));
            } else if (known.needIds().contains(id)) {
                ids.add(id);
            } else if (known.toolIds().isPresent() && !known.toolIds().get().contains(id)) {
                problems.add(YamlProblem.error(line, "'" + id + "' is neither a need nor a tool in the catalogue",
                        suggestion(id, true)));
            } else if (known.toolIds().isEmpty() && Spelling.closest(id, known.needIds()).isPresent()) {
                // So close to a need id that it is surely a typo, not a tool.
                problems.add(YamlProblem.error(line, "'" + id + "' is not a need id", suggestion(id, false)));
            } else if (known.toolIds().isEmpty()) {
                problems.add(YamlProblem.warning(line, "'" + id + "' is not a need id, so it is taken as a tool id "
                        + "(no catalogue to check it against)", suggestion(id, false)));
                ids.add(id);
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private String suggestion(String id, boolean withTools) {
        Set<String> candidates = new HashSet<>(known.needIds());
        if (withTools) {
            known.toolIds().ifPresent(candidates::addAll);
        }
        return Spelling.closest(id, candidates).map(close -> "did you mean " + close + "?")
                .orElse("use an id from pedagogic-needs.yaml or the catalogue");
    }

}
