package org.doorway.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.EnumSet;
import org.doorway.DoorwayException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Doorway's Jetty 12 server: one servlet context that the adapters mount
 * their endpoints on, every request timed into the metrics registry. Stopping
 * finishes in-flight requests first (up to the stop timeout). No answer names
 * the server or its version, and errors are one plain line ({@link PlainErrors}):
 * nothing of an exception reaches a client.
 */
public final class WebServer implements AutoCloseable {
    /** No chat platform sends more than this in one request; larger bodies are refused with 413. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final Server server;
    private final ServletContextHandler context;
    private final ServerConnector connector;

    public WebServer(int port, MeterRegistry metrics) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        server.addConnector(connector);
        context = new ServletContextHandler();
        context.setContextPath("/");
        context.setErrorHandler(PlainErrors.forServlets());
        server.setErrorHandler(PlainErrors.forServer());
        context.addFilter(new FilterHolder(new RequestMetricsFilter(metrics)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        SizeLimitHandler limit = new SizeLimitHandler(MAX_REQUEST_BYTES, -1);
        limit.setHandler(context);
        server.setHandler(new GracefulHandler(limit));
        server.setStopTimeout(10_000);
    }

    /** Serves {@code servlet} at {@code pathSpec}, such as {@code /healthz} or {@code /slack/events}. */
    public WebServer mount(String pathSpec, HttpServlet servlet) {
        context.addServlet(new ServletHolder(servlet), pathSpec);
        return this;
    }

    /** Puts {@code filter} in front of everything at {@code pathSpec}, such as the admin API's bearer check. */
    public WebServer filter(String pathSpec, Filter filter) {
        context.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
        return this;
    }

    public void start() {
        try {
            server.start();
        } catch (java.io.IOException portTaken) {
            throw new DoorwayException("cannot listen on port " + connector.getPort() + ": " + portTaken.getMessage()
                    + ". Set PORT to a free port", portTaken);
        } catch (Exception failure) {
            throw new DoorwayException("the web server did not start: " + failure.getMessage(), failure);
        }
    }

    /** The port actually bound (useful with PORT=0 in tests). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception failure) {
            throw new DoorwayException("the web server did not stop cleanly", failure);
        }
    }
}
