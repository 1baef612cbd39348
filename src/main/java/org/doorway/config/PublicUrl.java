package org.doorway.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where people reach Doorway's public pages (printable guides, calendar
 * invites, the catalogue map): {@code PUBLIC_URL}, by default
 * {@code http://localhost:PORT}. An https address with a host and no query
 * (plain http only on loopback, for trying Doorway on one machine: admin
 * sign-in cookies are {@code Secure} everywhere else); kept without a
 * trailing slash.
 */
final class PublicUrl {
    private PublicUrl() {}

    static String from(Env env, int port) {
        String fallback = "http://localhost:" + (port == 0 ? 3000 : port);
        String value = env.text("PUBLIC_URL", fallback);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean allowed = scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost());
            if (!allowed || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                env.problem("PUBLIC_URL", "is '" + value + "': use the https address people open Doorway at, "
                        + "e.g. https://doorway.uni.example (plain http only for localhost)");
                return fallback;
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        } catch (URISyntaxException e) {
            env.problem("PUBLIC_URL", "is '" + value + "', which is not an address: use e.g. https://doorway.uni.example");
            return fallback;
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }
}
