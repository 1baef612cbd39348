package org.doorway.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.doorway.yaml.LocatedYaml;

/**
 * Checks one tool entry of a catalogue file against the format, field by
 * field; the field lists here are the format's definition for validation
 * (and match {@link ToolCodec}).
 */
final class ToolChecks {
    static final List<String> TOOL_FIELDS = List.of("id", "name", "summary", "url", "needs", "support", "supported-by",
            "data-protection", "accessibility", "licence", "cost-to-students", "vle-integration", "class-fit", "plan-b",
            "guides", "case-studies", "experts", "review-by", "steps", "aliases", "licence-until");
    private static final List<String> FIT_FIELDS = List.of("need", "how", "strength");
    private static final List<String> PROTECTION_FIELDS = List.of("approved", "data-location", "student-data-to-vendor", "notes",
            "approved-until");
    private static final List<String> CLASS_FIT_FIELDS = List.of("min-size", "max-size", "modes");
    private static final List<String> CASE_STUDY_FIELDS = List.of("title", "author", "summary", "needs", "url");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_STEP_CHARS = 160;
    private static final String NEED_FIX = "Ids are listed in pedagogic-needs.yaml";

    private final FieldChecks checks;
    private final Set<String> needIds;

    ToolChecks(FieldChecks checks, Set<String> needIds) {
        this.checks = checks;
        this.needIds = needIds;
    }

    /** Checks the entry and returns its id (null when missing) so the caller can find duplicates. */
    String check(JsonNode tool, String at) {
        if (!checks.isMapping(tool, at, "a tool")) {
            return null;
        }
        checks.knownFields(tool, at, "a tool", TOOL_FIELDS);
        String id = checks.requiredText(tool, at, "id");
        if (id != null && !ID.matcher(id).matches()) {
            checks.error(LocatedYaml.child(at, "id"), "tool id '" + id + "' is not lower-case kebab",
                    "use lower-case letters, digits and single hyphens, e.g. 'moodle-quiz'");
        }
        checks.requiredText(tool, at, "name");
        checks.requiredText(tool, at, "summary");
        checks.url(tool, at, "url", false);
        needFits(tool, at);
        if (checks.requiredText(tool, at, "support") != null) {
            checks.oneOf(tool.get("support"), LocatedYaml.child(at, "support"), "support status", SupportStatus.class);
        }
        for (String field : List.of("supported-by", "accessibility", "licence", "cost-to-students", "vle-integration", "plan-b")) {
            checks.optionalText(tool, at, field);
        }
        dataProtection(tool, at);
        classFit(tool, at);
        guides(tool, at);
        steps(tool, at);
        caseStudies(tool, at);
        JsonNode experts = checks.list(tool, at, "experts", false);
        if (experts != null) {
            for (int i = 0; i < experts.size(); i++) {
                if (!experts.get(i).isValueNode() || experts.get(i).asText().isBlank()) {
                    checks.error(LocatedYaml.child(LocatedYaml.child(at, "experts"), i), "an expert should be a technologist's email or id",
                            "write one email or id per item, e.g. alex@uni.example");
                }
            }
        }
        JsonNode aliases = checks.list(tool, at, "aliases", false);
        if (aliases != null) {
            for (int i = 0; i < aliases.size(); i++) {
                if (!aliases.get(i).isValueNode() || aliases.get(i).asText().isBlank()) {
                    checks.error(LocatedYaml.child(LocatedYaml.child(at, "aliases"), i), "an alias should be a name staff use for the tool",
                            "write one name per item, e.g. aliases: [Menti]");
                }
            }
        }
        checks.optionalText(tool, at, "licence-until");
        checks.date(tool.get("licence-until"), LocatedYaml.child(at, "licence-until"), "licence-until");
        checks.optionalText(tool, at, "review-by");
        checks.date(tool.get("review-by"), LocatedYaml.child(at, "review-by"), "review-by");
        return id;
    }

    private void needFits(JsonNode tool, String at) {
        JsonNode needs = checks.list(tool, at, "needs", true);
        if (needs == null) {
            return;
        }
        String needsAt = LocatedYaml.child(at, "needs");
        if (needs.isEmpty()) {
            checks.error(needsAt, "'needs' is empty", "list at least one need this tool serves, with 'need', 'how' and 'strength'");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            JsonNode fit = needs.get(i);
            String fitAt = LocatedYaml.child(needsAt, i);
            if (!checks.isMapping(fit, fitAt, "a need")) {
                continue;
            }
            checks.knownFields(fit, fitAt, "a need", FIT_FIELDS);
            String need = checks.requiredText(fit, fitAt, "need");
            if (need != null) {
                needId(need, LocatedYaml.child(fitAt, "need"));
                Integer first = seen.putIfAbsent(need, checks.line(fitAt));
                if (first != null) {
                    checks.error(fitAt, "need '" + need + "' is listed twice for this tool (first on line " + first + ")",
                            "keep one entry per need, with the strongest 'how'");
                }
            }
            checks.requiredText(fit, fitAt, "how");
            if (!fit.has("strength")) {
                checks.missing(fitAt, "strength");
            }
            checks.wholeNumber(fit.get("strength"), LocatedYaml.child(fitAt, "strength"), "strength", 1, 3,
                    "use 1 (can be made to do it), 2 (does it well) or 3 (made for it)");
        }
    }

    private void needId(String need, String at) {
        if (!needIds.contains(need)) {
            checks.error(at, "unknown need id '" + need + "'", DidYouMean.hint(need, needIds) + NEED_FIX);
        }
    }

    private void dataProtection(JsonNode tool, String at) {
        JsonNode protection = tool.get("data-protection");
        String protectionAt = LocatedYaml.child(at, "data-protection");
        if (protection == null || protection.isNull() || !checks.isMapping(protection, protectionAt, "'data-protection'")) {
            return;
        }
        checks.knownFields(protection, protectionAt, "'data-protection'", PROTECTION_FIELDS);
        checks.bool(protection, protectionAt, "approved", true);
        checks.bool(protection, protectionAt, "student-data-to-vendor", true);
        checks.optionalText(protection, protectionAt, "data-location");
        checks.optionalText(protection, protectionAt, "notes");
        checks.optionalText(protection, protectionAt, "approved-until");
        checks.date(protection.get("approved-until"), LocatedYaml.child(protectionAt, "approved-until"), "approved-until");
    }

    private void classFit(JsonNode tool, String at) {
        JsonNode fit = tool.get("class-fit");
        String fitAt = LocatedYaml.child(at, "class-fit");
        if (fit == null || fit.isNull() || !checks.isMapping(fit, fitAt, "'class-fit'")) {
            return;
        }
        checks.knownFields(fit, fitAt, "'class-fit'", CLASS_FIT_FIELDS);
        String sizeFix = "write a whole number of students, e.g. 300";
        Integer min = checks.wholeNumber(fit.get("min-size"), LocatedYaml.child(fitAt, "min-size"), "min-size", 1, Integer.MAX_VALUE, sizeFix);
        Integer max = checks.wholeNumber(fit.get("max-size"), LocatedYaml.child(fitAt, "max-size"), "max-size", 1, Integer.MAX_VALUE, sizeFix);
        if (min != null && max != null && min > max) {
            checks.error(LocatedYaml.child(fitAt, "max-size"), "max-size " + max + " is below min-size " + min, "swap them or correct one");
        }
        JsonNode modes = checks.list(fit, fitAt, "modes", false);
        if (modes != null) {
            if (modes.isEmpty()) {
                checks.error(LocatedYaml.child(fitAt, "modes"), "'modes' is empty, so the tool would suit no teaching at all",
                        "list at least one of in-person, online, hybrid, or leave 'modes' out to mean all three");
            }
            for (int i = 0; i < modes.size(); i++) {
                checks.oneOf(modes.get(i), LocatedYaml.child(LocatedYaml.child(fitAt, "modes"), i), "teaching mode", TeachingMode.class);
            }
        }
    }

    private void guides(JsonNode tool, String at) {
        JsonNode guides = checks.list(tool, at, "guides", true);
        if (guides == null) {
            return;
        }
        String guidesAt = LocatedYaml.child(at, "guides");
        if (guides.isEmpty()) {
            checks.error(guidesAt, "'guides' is empty", "add at least one guide with 'title', 'format' and 'url'");
        }
        GuideChecks guideChecks = new GuideChecks(checks);
        for (int i = 0; i < guides.size(); i++) {
            guideChecks.check(guides.get(i), LocatedYaml.child(guidesAt, i));
        }
    }

    private void steps(JsonNode tool, String at) {
        JsonNode steps = checks.list(tool, at, "steps", false);
        if (steps == null) {
            return;
        }
        String stepsAt = LocatedYaml.child(at, "steps");
        if (steps.size() > Tool.MAX_STEPS) {
            checks.error(LocatedYaml.child(stepsAt, Tool.MAX_STEPS), "'steps' has " + steps.size() + " steps; a "
                    + "one-page guide has room for " + Tool.MAX_STEPS, "merge or drop steps until at most "
                    + Tool.MAX_STEPS + " are left; the full guide can hold the rest");
        }
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String stepAt = LocatedYaml.child(stepsAt, i);
            if (!step.isValueNode() || step.asText().isBlank()) {
                checks.error(stepAt, "a step should be one line of text", "write each step as a short sentence, e.g. "
                        + "\"Open your course and choose Add an activity\"");
            } else if (step.asText().length() > MAX_STEP_CHARS) {
                checks.error(stepAt, "this step is " + step.asText().length() + " characters; a step on a one-page "
                        + "guide is at most " + MAX_STEP_CHARS, "shorten it to one sentence");
            }
        }
    }

    private void caseStudies(JsonNode tool, String at) {
        JsonNode studies = checks.list(tool, at, "case-studies", false);
        if (studies == null) {
            return;
        }
        String studiesAt = LocatedYaml.child(at, "case-studies");
        for (int i = 0; i < studies.size(); i++) {
            JsonNode study = studies.get(i);
            String studyAt = LocatedYaml.child(studiesAt, i);
            if (!checks.isMapping(study, studyAt, "a case study")) {
                continue;
            }
            checks.knownFields(study, studyAt, "a case study", CASE_STUDY_FIELDS);
            checks.requiredText(study, studyAt, "title");
            checks.requiredText(study, studyAt, "summary");
            checks.optionalText(study, studyAt, "author");
            checks.url(study, studyAt, "url", false);
            JsonNode needs = checks.list(study, studyAt, "needs", false);
            if (needs != null) {
                for (int n = 0; n < needs.size(); n++) {
                    needId(needs.get(n).asText(), LocatedYaml.child(LocatedYaml.child(studyAt, "needs"), n));
                }
            }
        }
    }
}
