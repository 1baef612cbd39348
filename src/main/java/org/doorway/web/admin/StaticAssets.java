package org.doorway.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The console's stylesheet and htmx, served from the jar (never a CDN), read
 * once at start. htmx's licence (0BSD) sits beside it. Thread-safe.
 */
final class StaticAssets {
    private static final Map<String, String> TYPES = Map.of(
            "admin.css", "text/css;charset=utf-8",
            "htmx-2.0.11.min.js", "text/javascript;charset=utf-8",
            "htmx-LICENSE.txt", "text/plain;charset=utf-8");

    private final Map<String, byte[]> files;

    StaticAssets() {
        files = Map.copyOf(TYPES.keySet().stream().collect(java.util.stream.Collectors.toMap(name -> name, StaticAssets::read)));
    }

    /** Serves {@code name}; false when there is no such asset. */
    boolean serve(String name, HttpServletResponse response) throws IOException {
        byte[] body = files.get(name);
        if (body == null) {
            return false;
        }
        response.setContentType(TYPES.get(name));
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing console asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
