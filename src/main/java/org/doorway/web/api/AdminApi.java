package org.doorway.web.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.admin.AuditQuery;
import org.doorway.admin.ClosureEditing;
import org.doorway.admin.Drafting;
import org.doorway.admin.Role;
import org.doorway.admin.RosterEditing;
import org.doorway.catalogue.Catalogue;
import org.doorway.handoff.HandoffService;
import org.doorway.handoff.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/admin/v1/*}: tools, roster, handoffs and audit as JSON, behind
 * {@link BearerAuth}. Every answer is JSON (the audit export may be CSV);
 * a failure is logged with its cause and answered 500 with a sentence, never
 * a stack trace. Thread-safe.
 */
public final class AdminApi extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(AdminApi.class);

    private final transient ToolsApi tools;
    private final transient RosterApi roster;
    private final transient HandoffsApi handoffs;
    private final transient AuditExport audit;

    /** The API over the same rules the console uses. */
    public static AdminApi create(Supplier<Catalogue> catalogue, Drafting tools, Roster roster, RosterEditing editing,
            ClosureEditing closures, HandoffService handoffs, AuditExport audit) {
        return new AdminApi(new ToolsApi(catalogue, tools), new RosterApi(roster, editing, closures),
                new HandoffsApi(handoffs), audit);
    }

    AdminApi(ToolsApi tools, RosterApi roster, HandoffsApi handoffs, AuditExport audit) {
        this.tools = tools;
        this.roster = roster;
        this.handoffs = handoffs;
        this.audit = audit;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        ApiCall call = new ApiCall(request, response, path, BearerAuth.user(request));
        try {
            if (!(tools.handle(call) || roster.handle(call) || handoffs.handle(call) || audit(call))) {
                call.error(404, "not-found", "There is nothing at " + request.getRequestURI()
                        + "; see docs/admin-api.md for the resources.");
            }
        } catch (Exception failure) {
            log.error("The admin API failed on {} {} for {}: {}", request.getMethod(), request.getRequestURI(),
                    call.user().email(), failure.toString(), failure);
            if (!response.isCommitted()) {
                response.resetBuffer();
                call.error(500, "failed", "Doorway could not finish this, and nothing was changed. Try again; if it "
                        + "keeps happening, the server log says why.");
            }
        }
    }

    private boolean audit(ApiCall call) throws IOException {
        if (!call.is("GET", "/audit")) {
            return false;
        }
        if (!call.user().role().includes(Role.ADMIN)) {
            call.forbidden();
            return true;
        }
        HttpServletRequest request = call.request();
        Optional<AuditQuery> query = audit.query(request.getParameter("from"), request.getParameter("to"),
                request.getParameter("subject"));
        if (query.isEmpty()) {
            call.error(400, "bad-date", "Write 'from' and 'to' as YYYY-MM-DD.");
            return true;
        }
        HttpServletResponse response = call.response();
        response.setHeader("Cache-Control", "no-store");
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv;charset=utf-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"doorway-audit.csv\"");
            audit.csv(query.get(), response.getOutputStream());
        } else {
            response.setContentType("application/json");
            audit.json(query.get(), response.getOutputStream());
        }
        return true;
    }
}
