package org.doorway.web.admin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.doorway.admin.AdminSessions;
import org.doorway.reports.Figure;
import org.doorway.reports.Report;
import org.doorway.reports.Reports;
import org.doorway.reports.RequestStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports, mounted twice: {@code /admin/reports} (the page, each figure's
 * requests, CSV and JSON downloads) and {@code /api/admin/v1/reports} (the
 * same figures as JSON; {@code /requests} one row per request as JSON, or CSV
 * with {@code format=csv}). Read-only, so GET only and no CSRF token; every
 * response carries the console's security headers. Thread-safe.
 */
public final class ReportsConsole extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ReportsConsole.class);
    private final transient Pages pages = new Pages();
    private final transient ErrorPages errors = new ErrorPages(pages);
    private final transient Reports reports;
    private final transient ReportCallers callers;
    private final transient ReportCallers apiCallers;
    private final transient AdminSessions sessions;
    private final transient ReportExport export;
    private final transient Supplier<List<String>> needIds;
    private final transient Clock clock;
    private final transient ZoneId zone;

    /** {@code apiCallers} names the caller of {@code /api/admin/v1/reports}: the API's bearer check, never a cookie. */
    public ReportsConsole(Reports reports, AdminSessions sessions, ReportCallers apiCallers,
            Supplier<List<String>> needIds, Clock clock, ZoneId zone) {
        this.reports = reports;
        this.sessions = sessions;
        this.callers = ReportCallers.sessions(sessions);
        this.apiCallers = apiCallers;
        this.export = new ReportExport(new com.fasterxml.jackson.databind.ObjectMapper());
        this.needIds = needIds;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response, false);
        boolean api = request.getRequestURI().startsWith("/api/");
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Exchange exchange = new Exchange(request, response, "/reports" + path,
                sessions.find(Cookies.read(request, Cookies.SESSION)));
        try {
            if ((api ? apiCallers : callers).caller(request).isEmpty()) {
                refuse(exchange, api);
                return;
            }
            ReportQuery query = ReportQuery.read(exchange::parameter, LocalDate.now(clock.withZone(zone)), zone,
                    reports::departmentProblem);
            if (api) {
                api(exchange, path, query);
            } else {
                console(exchange, path, query);
            }
        } catch (Exception failure) {
            log.error("Reports failed on GET {}: {}", request.getRequestURI(), failure.toString(), failure);
            if (!response.isCommitted()) {
                if (api) {
                    send(response, 500, "application/json", "{\"error\":\"The report could not be made; the server "
                            + "log says why.\"}");
                } else {
                    errors.failed(exchange);
                }
            }
        }
    }

    private void console(Exchange exchange, String path, ReportQuery query) throws IOException {
        if (query.filter().isEmpty()) {
            page(exchange, 400, query, null);
            return;
        }
        Report report = reports.build(query.filter().get());
        switch (path) {
            case "/", "" -> page(exchange, 200, query, report);
            case "/requests" -> drillDown(exchange, query, report);
            case "/requests.csv" -> csv(exchange, report);
            case "/summary.json" -> send(exchange.response(), 200, "application/json", export.summary(report));
            case "/week-need.csv" -> weekNeedCsv(exchange, report);
            default -> errors.notFound(exchange);
        }
    }

    private void api(Exchange exchange, String path, ReportQuery query) throws IOException {
        if (query.filter().isEmpty()) {
            send(exchange.response(), 400, "application/json",
                    "{\"error\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(query.problem())
                            + "}");
            return;
        }
        Report report = reports.build(query.filter().get());
        switch (path) {
            case "/", "" -> send(exchange.response(), 200, "application/json", export.summary(report));
            case "/requests" -> {
                List<RequestStory> rows = rows(report, exchange.parameter("figure"));
                if ("csv".equals(exchange.parameter("format"))) {
                    csvRows(exchange, report, rows);
                } else {
                    send(exchange.response(), 200, "application/json", export.rowsJson(report, rows));
                }
            }
            case "/week-need" -> {
                if ("csv".equals(exchange.parameter("format"))) {
                    weekNeedCsv(exchange, report);
                } else {
                    send(exchange.response(), 200, "application/json", export.weekNeedJson(report));
                }
            }
            default -> send(exchange.response(), 404, "application/json", "{\"error\":\"No such report.\"}");
        }
    }

    private void page(Exchange exchange, int status, ReportQuery query, Report report) throws IOException {
        pages.render(exchange.response(), status, "reports", Map.of("chrome", exchange.chrome("Reports", "reports"),
                "query", query, "needs", needIds.get(), "departments", reports.departments(), "view",
                report == null ? ReportView.empty() : ReportView.of(report, query)));
    }

    private void drillDown(Exchange exchange, ReportQuery query, Report report) throws IOException {
        String id = exchange.parameter("figure");
        Figure figure = id.isEmpty() ? new Figure("all", "All requests", report.all().stream()
                .map(RequestStory::id).toList()) : report.figure(id).orElse(null);
        if (figure == null) {
            errors.notFound(exchange);
            return;
        }
        pages.render(exchange.response(), 200, "report-requests", Map.of("chrome",
                exchange.chrome(figure.label(), "reports"), "figure", figure, "rows", report.drillDown(figure),
                "query", query));
    }

    private void csv(Exchange exchange, Report report) throws IOException {
        csvRows(exchange, report, rows(report, exchange.parameter("figure")));
    }

    private void weekNeedCsv(Exchange exchange, Report report) throws IOException {
        exchange.response().setHeader("Content-Disposition", "attachment; filename=\"doorway-week-need.csv\"");
        send(exchange.response(), 200, "text/csv", export.weekNeedCsv(report));
    }

    private void csvRows(Exchange exchange, Report report, List<RequestStory> rows) throws IOException {
        exchange.response().setHeader("Content-Disposition", "attachment; filename=\"doorway-requests.csv\"");
        send(exchange.response(), 200, "text/csv", export.rowsCsv(report, rows));
    }

    private static List<RequestStory> rows(Report report, String figure) {
        return figure.isEmpty() ? report.all() : report.figure(figure).map(report::drillDown).orElse(List.of());
    }

    private void refuse(Exchange exchange, boolean api) throws IOException {
        if (api) {
            send(exchange.response(), 401, "application/json",
                    "{\"error\":\"Send a bearer token: make one with 'doorway admin token create'.\"}");
        } else {
            exchange.redirect("/admin/sign-in");
        }
    }

    private static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + ";charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
