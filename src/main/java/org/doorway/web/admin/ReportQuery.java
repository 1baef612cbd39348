package org.doorway.web.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.doorway.reports.ReportFilter;

/**
 * The report filter read from a request's parameters ({@code from}, {@code to}
 * as yyyy-mm-dd, {@code need}, {@code platform}, {@code department}): the last
 * twelve weeks by default, and a sentence naming the fix when a parameter is
 * wrong ({@code departmentProblem} says why a department cannot be chosen).
 */
public record ReportQuery(Optional<ReportFilter> filter, String problem, String from, String to, String need,
        String platform, String department) {
    static final int DEFAULT_WEEKS = 12;

    static ReportQuery read(Function<String, String> parameter, LocalDate today, ZoneId zone,
            Function<String, Optional<String>> departmentProblem) {
        String from = parameter.apply("from");
        String to = parameter.apply("to");
        String need = parameter.apply("need");
        String platform = parameter.apply("platform");
        String department = parameter.apply("department").strip();
        LocalDate end = to.isEmpty() ? today : parse(to);
        LocalDate start = from.isEmpty() ? (end == null ? today : end).minusWeeks(DEFAULT_WEEKS).plusDays(1)
                : parse(from);
        if (start == null || end == null) {
            return failed("Dates are written like 2026-03-01 (year-month-day).", from, to, need, platform,
                    department);
        }
        if (!platform.isEmpty() && !platform.matches("[a-z]{1,20}")) {
            return failed("Choose a platform from the list.", from, to, need, platform, department);
        }
        if (!need.isEmpty() && !need.matches("[a-z0-9-]{1,100}")) {
            return failed("Choose a need from the list.", from, to, need, platform, department);
        }
        Optional<String> unknown = department.isEmpty() ? Optional.empty() : department.length() > 100
                ? Optional.of("Choose a department from the list.") : departmentProblem.apply(department);
        if (unknown.isPresent()) {
            return failed(unknown.get(), from, to, need, platform, department);
        }
        try {
            ReportFilter filter = new ReportFilter(start, end, Optional.of(need), Optional.of(platform),
                    Optional.of(department), zone);
            return new ReportQuery(Optional.of(filter), "", start.toString(), end.toString(), need, platform,
                    department);
        } catch (IllegalArgumentException wrongRange) {
            return failed("The dates do not work: " + wrongRange.getMessage() + ".", from, to, need, platform,
                    department);
        }
    }

    /** The query string that repeats this filter, for links. */
    public String parameters() {
        return "from=" + from + "&to=" + to + (need.isEmpty() ? "" : "&need=" + need)
                + (platform.isEmpty() ? "" : "&platform=" + platform) + (department.isEmpty() ? ""
                : "&department=" + java.net.URLEncoder.encode(department, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ReportQuery failed(String problem, String from, String to, String need, String platform,
            String department) {
        return new ReportQuery(Optional.empty(), problem, from, to, need, platform, department);
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
