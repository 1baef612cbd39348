package org.doorway.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.catalogue.FieldProblem;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.WireNames;
import org.doorway.needs.Need;

/**
 * The edit page of one entry (or of a new tool): the form's values, the
 * catalogue's problems by field (a pointer such as {@code /needs/0/need}
 * becomes the key {@code needs.0.need}), the published version the form was
 * made from, a notice after a save, the draft waiting for review (null when
 * none) and why the tool is not suggested (empty when it is).
 */
public record ToolEditPage(ToolForm form, Map<String, List<String>> problems, String version, List<Need> needs,
        String notice, boolean canEdit, boolean newTool, Waiting waiting, String lapse) {

    /** A draft of this entry waiting for review: the form shows it. */
    public record Waiting(long draftId, String editor, String savedAt) {}

    static ToolEditPage of(ToolForm form, List<FieldProblem> found, String version, List<Need> needs,
            String notice, boolean canEdit) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (FieldProblem problem : found) {
            String key = problem.field().isEmpty() ? "" : problem.field().substring(1).replace('/', '.');
            problems.computeIfAbsent(key, k -> new ArrayList<>()).add(problem.problem() + " — " + problem.fix());
        }
        return new ToolEditPage(form, Map.copyOf(problems), version, needs, notice, canEdit, false, null, "");
    }

    ToolEditPage about(boolean isNew, Waiting draft, String whyNotSuggested) {
        return new ToolEditPage(form, problems, version, needs, notice, canEdit, isNew, draft, whyNotSuggested);
    }

    /** Where the form posts. */
    public String action() {
        return newTool ? "/admin/tools/new" : "/admin/tools/" + form.value("id");
    }

    /** Problems shown next to the field {@code key}, and those of its parts that have no field of their own. */
    public List<String> problems(String key) {
        List<String> here = new ArrayList<>(problems.getOrDefault(key, List.of()));
        if (key.equals("class-fit.modes")) {
            problems.forEach((at, list) -> {
                if (at.startsWith("class-fit.modes.")) {
                    here.addAll(list);
                }
            });
        }
        return here;
    }

    public boolean invalid(String key) {
        return !problems(key).isEmpty();
    }

    /** Every problem with the id of the field it belongs to, for the summary at the top. */
    public List<Map.Entry<String, String>> summary() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        problems.forEach((key, list) -> list.forEach(text -> all.add(Map.entry(fieldId(key), where(key) + text))));
        return all;
    }

    /** "Guide 2: " for a field in a list's row, so two rows' like problems can be told apart; empty otherwise. */
    private static String where(String key) {
        String[] parts = key.split("\\.");
        if (parts.length < 3 || !parts[1].chars().allMatch(Character::isDigit)) {
            return "";
        }
        String row = switch (parts[0]) {
            case "needs" -> "Need";
            case "guides" -> "Guide";
            case "case-studies" -> "Case study";
            default -> parts[0];
        };
        return row + " " + (Integer.parseInt(parts[1]) + 1) + ": ";
    }

    /** The HTML id of a field's input: its key with dots as dashes ({@code needs-0-need}). */
    public static String fieldId(String key) {
        return key.isEmpty() ? "f-name" : "f-" + key.replace('.', '-');
    }

    public List<String> supportValues() {
        return WireNames.all(SupportStatus.class);
    }

    public String supportLabel(String wireName) {
        return WireNames.parse(SupportStatus.class, wireName).map(SupportStatus::label).orElse(wireName);
    }

    public List<String> guideFormats() {
        return WireNames.all(GuideFormat.class);
    }
}
