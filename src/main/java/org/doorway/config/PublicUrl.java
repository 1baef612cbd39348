package org.doorway.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where people reach Doorway's public pages (printable guides, calendar
 * invites, the catalogue map): {@code PUBLIC_URL}, by default
 * {@code http://localhost:PORT}. An http(s) address with a host and no query;
 * kept without a trailing slash.
 */
final class PublicUrl {
    private PublicUrl() {}

    static String from(Env env, int port) {
        String fallback = "http://localhost:" + port;
        String value = env.text("PUBLIC_URL", fallback);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null) {
                env.problem("PUBLIC_URL", "is '" + value + "': use the http(s) address people open Doorway at, "
                        + "e.g. https://doorway.uni.example");
                return fallback;
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        } catch (URISyntaxException e) {
            env.problem("PUBLIC_URL", "is '" + value + "', which is not an address: use e.g. https://doorway.uni.example");
            return fallback;
        }
    }
}
