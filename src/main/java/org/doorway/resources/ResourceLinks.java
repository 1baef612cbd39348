package org.doorway.resources;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The public addresses of the resources Doorway makes, under the
 * institution's public base URL (an http(s) URL without a trailing slash).
 * Immutable.
 */
public record ResourceLinks(String base) {
    public ResourceLinks {
        Objects.requireNonNull(base, "base");
        String scheme = URI.create(base).getScheme();
        if (scheme == null || !(scheme.toLowerCase(Locale.ROOT).equals("https")
                || scheme.toLowerCase(Locale.ROOT).equals("http"))) {
            throw new IllegalArgumentException("the public URL must be http(s): " + base);
        }
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String guide(String toolId) {
        return base + "/guides/" + encode(toolId) + ".pdf";
    }

    public String calendar(WebinarId webinar) {
        return base + "/webinars/" + encode(webinar.wire()) + ".ics";
    }

    public String map() {
        return base + "/catalogue/map.svg";
    }

    public String map(String needId) {
        return map() + "?need=" + encode(needId);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
