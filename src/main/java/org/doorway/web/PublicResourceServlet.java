package org.doorway.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.doorway.catalogue.CatalogueSnapshot;

/**
 * Serves one {@link PublicResource} at a route such as {@code /guides/*}:
 * public, no personal data, so browsers and proxies may cache it for a few
 * minutes and revalidate with an ETag made of the catalogue's revision.
 * Made resources are kept in a bounded cache keyed by that revision, so an
 * import (here or on another instance) is served as soon as the catalogue
 * snapshot moves, and old entries age out. Only the query parameters the
 * route names are read; anything else in the query is ignored.
 */
public final class PublicResourceServlet extends HttpServlet {
    static final String CACHE_CONTROL = "public, max-age=300";
    private static final int MAX_PATH = 200;
    /** Made resources kept per route: every guide of the default catalogue on both papers takes about 5 MB. */
    private static final long MAX_CACHED_BYTES = 32L * 1024 * 1024;

    private final transient PublicResource resource;
    private final transient Supplier<CatalogueSnapshot> catalogue;
    private final transient List<String> parameters;
    private final transient Cache<String, PublicResource.Made> made = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_BYTES)
            .weigher((String key, PublicResource.Made found) -> ((PublicResource.Made.Found) found).body().length)
            .build();

    public PublicResourceServlet(PublicResource resource, Supplier<CatalogueSnapshot> catalogue, List<String> parameters) {
        this.resource = resource;
        this.catalogue = catalogue;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.length() > MAX_PATH) {
            missing(response, "That address is too long to be a Doorway resource.");
            return;
        }
        Map<String, String> query = new TreeMap<>();
        for (String name : parameters) {
            String value = request.getParameter(name);
            if (value != null && value.length() <= MAX_PATH) {
                query.put(name, value);
            }
        }
        CatalogueSnapshot snapshot = catalogue.get();
        String key = snapshot.revision() + "|" + path + "|" + query;
        PublicResource.Made outcome = made.getIfPresent(key);
        if (outcome == null) {
            outcome = resource.make(path, query, snapshot);
            if (outcome instanceof PublicResource.Made.Found) { // misses are cheap; caching them would let junk evict
                made.put(key, outcome);
            }
        }
        if (outcome instanceof PublicResource.Made.Missing missing) {
            missing(response, missing.message());
            return;
        }
        PublicResource.Made.Found found = (PublicResource.Made.Found) outcome;
        String etag = "\"r" + snapshot.revision() + "-" + Integer.toHexString(key.hashCode()) + "\"";
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(found.mediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + found.fileName() + "\"");
        response.setContentLength(found.body().length);
        response.getOutputStream().write(found.body());
    }

    private static void missing(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
