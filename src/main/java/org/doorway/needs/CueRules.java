package org.doorway.needs;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Explicit wording that marks a fault ("stopped working", "error", "won't
 * load") or an out-of-scope matter ("payslip", "annual leave"), read from
 * {@code cues.yaml}. Nearest phrasings alone let a tool name outvote the
 * breakage around it; these cues tip the balance, as a fault must beat a need
 * when both fit. Immutable and thread-safe.
 */
final class CueRules {

    record Cue(Pattern pattern, double weight) {}

    private final Map<String, List<Cue>> cuesByLabel;

    CueRules(Map<String, List<Cue>> cuesByLabel) {
        this.cuesByLabel = Map.copyOf(cuesByLabel);
    }

    static CueRules bundled() {
        var raw = Resources.yaml("cues.yaml",
                new TypeReference<LinkedHashMap<String, List<Map<String, Object>>>>() {});
        var cues = new LinkedHashMap<String, List<Cue>>();
        raw.forEach((label, list) -> cues.put(label, list.stream()
                .map(m -> new Cue(Pattern.compile("(?<![a-z])(?:" + m.get("cue") + ")s?(?![a-z])"),
                        ((Number) m.get("weight")).doubleValue()))
                .toList()));
        return new CueRules(cues);
    }

    /** Sum of the weights of the label's cues found in the (lower-cased) text, within [-1, 1]. */
    double strength(String label, String lowerText) {
        double sum = 0;
        for (Cue cue : cuesByLabel.getOrDefault(label, List.of())) {
            if (cue.pattern().matcher(lowerText).find()) {
                sum += cue.weight();
            }
        }
        return Math.max(-1, Math.min(1, sum));
    }
}
