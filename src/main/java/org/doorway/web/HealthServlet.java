package org.doorway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /healthz}: 200 with the version, the database kind and which chat
 * platforms are configured; 503 when the database does not answer.
 */
public final class HealthServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Map<String, Object> facts;
    private final transient BooleanSupplier databaseAnswers;

    public HealthServlet(String version, String databaseKind, boolean slack, boolean teams,
            BooleanSupplier databaseAnswers) {
        Map<String, Object> platforms = new LinkedHashMap<>();
        platforms.put("slack", slack);
        platforms.put("teams", teams);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("version", version);
        base.put("database", databaseKind);
        base.put("platforms", platforms);
        base.put("mode", slack || teams ? "connected" : "local");
        this.facts = Map.copyOf(base);
        this.databaseAnswers = databaseAnswers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean healthy = databaseAnswers.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", healthy ? "ok" : "database unavailable");
        body.put("version", facts.get("version"));
        body.put("database", facts.get("database"));
        body.put("platforms", facts.get("platforms"));
        body.put("mode", facts.get("mode"));
        response.setStatus(healthy ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
