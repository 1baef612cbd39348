package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.catalogue.DataProtection;
import org.doorway.catalogue.Tool;

/**
 * A tool's policy facts in plain sentences, from its catalogue entry:
 * approval and data protection, accessibility, the institution's VLE,
 * licence and cost to students, plan B, and who supports it.
 */
final class ToolFacts {
    private ToolFacts() {}

    /** Every fact, one per line, for "More about X". */
    static String of(Tool tool, Institution institution) {
        List<String> lines = new ArrayList<>();
        lines.add("More about " + tool.name() + ".");
        lines.add(support(tool));
        lines.add(approval(tool));
        lines.add(dataProtection(tool));
        present(tool.accessibility()).ifPresent(text -> lines.add("Accessibility: " + text));
        present(tool.vleIntegration()).ifPresent(text -> lines.add("With " + institution.vleName() + ": " + text));
        lines.add(cost(tool));
        present(tool.planB()).ifPresent(text -> lines.add("Plan B for students who can't use it: " + text));
        return String.join("\n", lines.stream().filter(line -> !line.isBlank()).toList());
    }

    static String support(Tool tool) {
        String contact = tool.experts().isEmpty() ? "" : " (ask " + tool.experts().get(0) + ")";
        Optional<String> by = present(tool.supportedBy());
        if (by.isPresent() && by.get().toLowerCase(Locale.ROOT).startsWith(tool.support().label())) {
            return "Support: " + by.get().replaceAll("[.]$", "") + contact + ".";
        }
        return "Support: " + tool.support().label() + by.map(team -> ", by the " + team.replaceFirst("^(?i)the ", ""))
                .orElse("") + contact + ".";
    }

    /** "It is supported centrally." / "It is a pilot." / "It is not supported centrally." */
    static String status(Tool tool) {
        return switch (tool.support()) {
            case SUPPORTED -> "It is supported centrally.";
            case PILOT -> "It is in a pilot.";
            case NOT_SUPPORTED -> "It is not supported centrally.";
        };
    }

    static String approval(Tool tool) {
        DataProtection protection = tool.dataProtection();
        if (protection == null) {
            return "Approval: the catalogue doesn't say; check with a learning technologist before using it "
                    + "with students.";
        }
        return protection.approved() ? "Approved for use here." : "Not approved centrally: check with a learning "
                + "technologist before using it with students.";
    }

    static String dataProtection(Tool tool) {
        DataProtection protection = tool.dataProtection();
        if (protection == null) {
            return "";
        }
        String where = present(protection.dataLocation()).map(place -> "Data is stored in " + place + "; ")
                .orElse("");
        String vendor = protection.studentDataToVendor()
                ? "students' personal data goes to the vendor"
                : "no student personal data goes to the vendor";
        String advice = protection.studentDataToVendor() && !protection.approved()
                ? " Don't put students' names or other personal data in it." : "";
        String notes = present(protection.notes()).map(text -> " " + text).orElse("");
        return "Data protection: " + where + vendor + "." + advice + notes;
    }

    static String cost(Tool tool) {
        String cost = present(tool.costToStudents()).map(text -> "Cost to students: " + text + ".").orElse("");
        String licence = present(tool.licence()).map(text -> " Licence: " + text + ".").orElse("");
        return (cost + licence).strip();
    }

    static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
