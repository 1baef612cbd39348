package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.TeachingMode;
import org.doorway.catalogue.Tool;

/**
 * Says what an answer about the teaching did to the list: which tools came
 * in or went, or, when it stays the same, why.
 */
final class RankingChange {
    private RankingChange() {}

    /** "Vevox is new to the list; Kahoot! dropped out." or "The order changed." */
    static String whatChanged(List<String> before, List<String> after) {
        List<String> added = after.stream().filter(name -> !before.contains(name)).toList();
        List<String> dropped = before.stream().filter(name -> !after.contains(name)).toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(String.join(" and ", added) + (added.size() == 1 ? " is" : " are") + " new to the list");
        }
        if (!dropped.isEmpty()) {
            parts.add(String.join(" and ", dropped) + " dropped out");
        }
        if (parts.isEmpty()) {
            return after.get(0) + " now comes first.";
        }
        return capitalised(String.join("; ", parts)) + ".";
    }

    /** Why the list stays as it was after the answers in {@code answered} ("size", "mode" …). */
    static String whySame(List<String> answered, TeachingAnswers answers, List<Tool> tools) {
        List<String> reasons = new ArrayList<>();
        for (String question : answered) {
            switch (question) {
                case "size" -> {
                    int size = answers.context().cohortSize().orElse(0);
                    if (size > 0 && tools.stream().allMatch(tool -> tool.classFit().suits(size))) {
                        reasons.add("they all suit " + (answers.students() != null ? "about " + answers.students()
                                + " students" : "a class that size"));
                    }
                }
                case "mode" -> answers.context().mode().filter(mode -> tools.stream()
                        .allMatch(tool -> tool.classFit().suits(mode)))
                        .ifPresent(mode -> reasons.add("they all work " + where(mode)));
                case "when" -> reasons.add("when you need it doesn't change which tools fit"
                        + (supported(tools) ? ", and all of them are supported centrally" : ""));
                case "confidence" -> reasons.add(supported(tools)
                        ? "they're all supported centrally, with guides to get you started"
                        : "these are still the easiest to start with");
                default -> { }
            }
        }
        return reasons.isEmpty() ? "The same tools still fit best." : "The same tools still fit best: "
                + String.join(", and ", reasons) + ".";
    }

    private static boolean supported(List<Tool> tools) {
        return !tools.isEmpty() && tools.stream().allMatch(tool -> tool.support() == SupportStatus.SUPPORTED);
    }

    private static String where(TeachingMode mode) {
        return switch (mode) {
            case IN_PERSON -> "in the room";
            case ONLINE -> "online";
            case HYBRID -> "for hybrid teaching";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
