package org.doorway.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a tool is not suggested any more: its data-protection approval or its
 * licence ran out ({@code approved-until}, {@code licence-until}) before
 * today. Doorway leaves such a tool out of suggestions and says so in one
 * line; the console shows it on the entry. Immutable.
 */
public record Lapse(Tool tool, String what, LocalDate ended) {

    /** The first date of the tool's that has passed by {@code today}, if any. */
    public static Optional<Lapse> of(Tool tool, LocalDate today) {
        LocalDate approval = tool.dataProtection() == null ? null : tool.dataProtection().approvedUntil();
        if (approval != null && approval.isBefore(today)) {
            return Optional.of(new Lapse(tool, "data-protection approval", approval));
        }
        if (tool.licenceUntil() != null && tool.licenceUntil().isBefore(today)) {
            return Optional.of(new Lapse(tool, "licence", tool.licenceUntil()));
        }
        return Optional.empty();
    }

    /** For the console: "Not suggested to staff: its licence ended on 2026-11-30." */
    public String line() {
        return "Not suggested to staff: its " + what + " ended on " + ended + ".";
    }

    /** For staff, one short line for all of them: "Not suggested now: Padlet (licence ended 2026-11-30)." */
    public static String forStaff(List<Lapse> lapses) {
        return "Not suggested now: " + lapses.stream().map(lapse -> lapse.tool().name() + " (" + lapse.what()
                + " ended " + lapse.ended() + ")").collect(Collectors.joining(", ")) + ".";
    }
}
