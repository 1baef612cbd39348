package org.doorway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.doorway.health.ComponentHealth;
import org.doorway.health.HealthReport;
import org.doorway.health.Status;

/**
 * {@code GET /healthz}, the liveness check: the version, the database kind,
 * which chat platforms are configured, and each component ({@code database},
 * {@code slack}, {@code teams}, {@code outbox}, {@code jobs}) as {@code ok},
 * {@code degraded} or {@code down} with a reason. It answers 200 while the
 * process works, even when a remote service or the database is out (restarting
 * Doorway would not help; {@code /readyz} takes it out of a load balancer),
 * and 503 only when a component that restarting mends is down: the job
 * scheduler.
 */
public final class HealthServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Map<String, Object> facts;
    private final transient Supplier<HealthReport> report;
    private final transient Set<String> mendedByRestart;

    public HealthServlet(String version, String databaseKind, boolean slack, boolean teams,
            Supplier<HealthReport> report, Set<String> mendedByRestart) {
        Map<String, Object> platforms = new LinkedHashMap<>();
        platforms.put("slack", slack);
        platforms.put("teams", teams);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("version", version);
        base.put("database", databaseKind);
        base.put("platforms", platforms);
        base.put("mode", slack || teams ? "connected" : "local");
        this.facts = base;
        this.report = report;
        this.mendedByRestart = Set.copyOf(mendedByRestart);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthReport now = report.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", now.status().wireName());
        body.putAll(facts);
        Map<String, Object> components = new LinkedHashMap<>();
        boolean broken = false;
        for (ComponentHealth component : now.components()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", component.status().wireName());
            entry.put(component.status() == Status.OK ? "detail" : "reason", component.reason());
            components.put(component.name(), entry);
            broken |= component.status() == Status.DOWN && mendedByRestart.contains(component.name());
        }
        body.put("components", components);
        response.setStatus(broken ? 503 : 200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
