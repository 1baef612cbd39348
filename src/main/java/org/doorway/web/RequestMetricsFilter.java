package org.doorway.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Times every request into {@code http_server_requests_seconds}, tagged by the
 * matched servlet mapping (never the raw path, so the number of series stays
 * bounded), method and status.
 */
final class RequestMetricsFilter implements Filter {
    private final MeterRegistry registry;

    RequestMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Timer.Sample sample = Timer.start(registry);
        try {
            chain.doFilter(request, response);
        } finally {
            HttpServletRequest http = (HttpServletRequest) request;
            sample.stop(Timer.builder("http.server.requests")
                    .tag("endpoint", endpoint(http))
                    .tag("method", http.getMethod())
                    .tag("status", Integer.toString(((HttpServletResponse) response).getStatus()))
                    .publishPercentileHistogram(false)
                    .register(registry));
        }
    }

    private static String endpoint(HttpServletRequest request) {
        var mapping = request.getHttpServletMapping();
        String pattern = mapping == null ? "" : mapping.getPattern();
        return pattern == null || pattern.isEmpty() || "/".equals(pattern) ? "other" : pattern;
    }
}
