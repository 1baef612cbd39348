package org.doorway.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.WireNames;

/**
 * The catalogue list's search and filters: words in the id, name or summary;
 * a need; a support status; review overdue; data-protection status. Blank
 * parts match everything. Immutable.
 */
public record ToolFilter(String words, String need, String support, boolean reviewOverdue, Protection protection) {
    public static final int MAX_WORDS = 200;

    /** Data-protection states an admin filters by. */
    public enum Protection { ANY, APPROVED, NOT_APPROVED, NOT_RECORDED }

    public ToolFilter {
        words = clip(words);
        need = clip(need);
        support = clip(support);
        protection = protection == null ? Protection.ANY : protection;
    }

    public static ToolFilter none() {
        return new ToolFilter("", "", "", false, Protection.ANY);
    }

    public List<Tool> apply(List<Tool> tools, LocalDate today) {
        String lower = words.toLowerCase(Locale.ROOT);
        Optional<SupportStatus> status = WireNames.parse(SupportStatus.class, support);
        return tools.stream()
                .filter(tool -> lower.isEmpty() || (tool.id() + " " + tool.name() + " " + tool.summary())
                        .toLowerCase(Locale.ROOT).contains(lower))
                .filter(tool -> need.isEmpty() || tool.serves(need))
                .filter(tool -> status.isEmpty() || tool.support() == status.get())
                .filter(tool -> !reviewOverdue || overdue(tool, today))
                .filter(this::protectionMatches)
                .toList();
    }

    public static boolean overdue(Tool tool, LocalDate today) {
        return tool.reviewBy() != null && tool.reviewBy().isBefore(today);
    }

    public static Protection protectionOf(Tool tool) {
        if (tool.dataProtection() == null) {
            return Protection.NOT_RECORDED;
        }
        return tool.dataProtection().approved() ? Protection.APPROVED : Protection.NOT_APPROVED;
    }

    private boolean protectionMatches(Tool tool) {
        return protection == Protection.ANY || protectionOf(tool) == protection;
    }

    private static String clip(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() > MAX_WORDS ? value.substring(0, MAX_WORDS) : value;
    }
}
