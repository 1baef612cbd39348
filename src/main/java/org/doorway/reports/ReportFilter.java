package org.doorway.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which requests a report covers: those opened from {@code from} to {@code to}
 * (whole days, both included, in the institution's zone), optionally only one
 * need, one platform or one department (of the directory, as
 * {@link Reports#departments()} lists them; {@link Departments#UNKNOWN} for
 * staff it does not list).
 */
public record ReportFilter(LocalDate from, LocalDate to, Optional<String> need, Optional<String> platform,
        Optional<String> department, ZoneId zone) {
    /** The longest range a report covers, so a typo cannot ask for a century. */
    public static final int MAX_DAYS = 3 * 366;

    public ReportFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the report ends (" + to + ") before it starts (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a report covers at most three years; choose a shorter range");
        }
        need = need.filter(value -> !value.isBlank());
        platform = platform.filter(value -> !value.isBlank());
        department = department.filter(value -> !value.isBlank());
    }

    /** Every department. */
    public ReportFilter(LocalDate from, LocalDate to, Optional<String> need, Optional<String> platform, ZoneId zone) {
        this(from, to, need, platform, Optional.empty(), zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
