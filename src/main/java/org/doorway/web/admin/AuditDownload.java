package org.doorway.web.admin;

import java.io.IOException;
import java.util.Optional;
import org.doorway.admin.AuditQuery;
import org.doorway.admin.Role;
import org.doorway.web.api.AuditExport;

/** {@code /admin/audit/export}: the audit log as a CSV or JSON file, by days and subject (admins only). */
final class AuditDownload {
    private final ErrorPages errors;
    private final AuditExport export;

    AuditDownload(ErrorPages errors, AuditExport export) {
        this.errors = errors;
        this.export = export;
    }

    void handle(Exchange exchange) throws IOException {
        if (!exchange.session().orElseThrow().user().role().includes(Role.ADMIN)) {
            errors.forbidden(exchange);
            return;
        }
        Optional<AuditQuery> query = export.query(exchange.parameter("from"), exchange.parameter("to"),
                exchange.parameter("subject"));
        if (query.isEmpty()) {
            errors.badRequest(exchange, "Write the days as YYYY-MM-DD, e.g. 2026-12-01, or leave them empty.");
            return;
        }
        boolean csv = !"json".equals(exchange.parameter("format"));
        var response = exchange.response();
        response.setContentType(csv ? "text/csv;charset=utf-8" : "application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"doorway-audit." + (csv ? "csv" : "json") + "\"");
        if (csv) {
            export.csv(query.get(), response.getOutputStream());
        } else {
            export.json(query.get(), response.getOutputStream());
        }
    }
}
