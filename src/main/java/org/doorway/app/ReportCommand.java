package org.doorway.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.doorway.reports.Report;
import org.doorway.reports.ReportFilter;
import org.doorway.reports.Reports;
import org.doorway.reports.Section;
import org.doorway.reports.WeekNeedTable;
import org.doorway.web.admin.ReportExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code doorway report [--from DATE --to DATE] [--need ID] [--platform P] [--department D] [--json]}:
 * the console's report figures in the terminal, from the same computation,
 * with requests per week by need as a table.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the reports (requests, unmet needs, self-service, waiting times, load, outcomes) "
                + "for a date range; the last twelve weeks by default. 'report outcomes' gives follow-up outcomes "
                + "per tool and need.",
        subcommands = {OutcomesReportCommand.class})
final class ReportCommand extends DoorwaySubcommand {
    @Option(names = "--from", paramLabel = "DATE", description = "first day, e.g. 2026-03-01")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day (included); today by default")
    String to;

    @Option(names = "--need", paramLabel = "ID", description = "only requests about this need")
    String need;

    @Option(names = "--platform", paramLabel = "NAME", description = "slack or teams")
    String platform;

    @Option(names = "--department", paramLabel = "NAME",
            description = "only requests from staff of this department (as DEPARTMENTS_FILE names it)")
    String department;

    @Option(names = "--json", description = "print the figures as JSON (as GET /api/admin/v1/reports does)")
    boolean json;

    ReportCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() throws Exception {
        try (Doorway doorway = openDoorway()) {
            LocalDate today = LocalDate.now(doorway.clock().withZone(doorway.settings().zone()));
            ReportFilter filter;
            try {
                LocalDate end = to == null ? today : LocalDate.parse(to);
                LocalDate start = from == null ? end.minusWeeks(12).plusDays(1) : LocalDate.parse(from);
                filter = new ReportFilter(start, end, Optional.ofNullable(need), Optional.ofNullable(platform),
                        Optional.ofNullable(department), doorway.settings().zone());
            } catch (DateTimeParseException unreadable) {
                err().println("doorway: dates are written like 2026-03-01 (year-month-day)");
                return ExitCodes.BAD_INPUT;
            } catch (IllegalArgumentException wrongRange) {
                err().println("doorway: " + wrongRange.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            Reports reports = ReportsWiring.reports(doorway.database(), doorway.stores().reportQueries(),
                    doorway.stores().roster(), doorway.settings().reports(), doorway::embedder);
            Optional<String> unknown = filter.department().flatMap(reports::departmentProblem);
            if (unknown.isPresent()) {
                err().println("doorway: " + unknown.get());
                return ExitCodes.BAD_INPUT;
            }
            err().println("Reading the event log for " + filter.from() + " to " + filter.to() + " …");
            err().flush();
            Report report = reports.build(filter);
            out().println(json ? new ReportExport(new ObjectMapper()).summary(report) : text(report));
            return ExitCodes.OK;
        }
    }

    static String text(Report report) {
        StringBuilder out = new StringBuilder("Doorway report, " + report.filter().from() + " to "
                + report.filter().to() + report.filter().need().map(id -> ", need " + id).orElse("")
                + report.filter().platform().map(name -> ", " + name).orElse("")
                + report.filter().department().map(name -> ", " + name).orElse("") + "\n");
        for (Section section : report.sections()) {
            if (section.id().equals(WeekNeedTable.SECTION)) {
                out.append('\n').append(WeekNeedText.of(WeekNeedTable.of(report)));
                continue;
            }
            out.append('\n').append(section.title()).append('\n');
            section.figures().forEach(figure -> out.append(String.format("  %7d  %s%n", figure.count(),
                    figure.label())));
            if (section.figures().isEmpty()) {
                out.append("           nothing yet\n");
            }
            section.measures().forEach(measure -> out.append("           ").append(measure.label()).append(": ")
                    .append(measure.value()).append('\n'));
        }
        return out.toString();
    }
}
