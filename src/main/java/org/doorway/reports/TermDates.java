package org.doorway.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** One term as the institution gives it: a name and its first and last days (both included). */
public record TermDates(String name, LocalDate first, LocalDate last) {
    public TermDates {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("term '" + name + "' ends (" + last + ") before it starts (" + first
                    + ")");
        }
    }

    /**
     * How a week (given by its Monday) reads on the axis: "Autumn 2026, week 3" inside a term (week 1 is the
     * week the term starts in), "Week of 2026-12-14 (vacation)" between terms; "Week of …" when no terms are set.
     */
    static String label(LocalDate monday, List<TermDates> terms) {
        for (TermDates term : terms) {
            LocalDate firstMonday = term.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!monday.isBefore(firstMonday) && !monday.isAfter(term.last())) {
                return term.name() + ", week " + (ChronoUnit.WEEKS.between(firstMonday, monday) + 1) + " (from "
                        + monday + ")";
            }
        }
        return "Week of " + monday + (terms.isEmpty() ? "" : " (outside term)");
    }
}
