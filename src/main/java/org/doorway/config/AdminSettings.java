package org.doorway.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin console: the public address links and the OpenID Connect
 * redirect are built on, the optional single sign-on, and who gets which role
 * ({@code ADMIN_ROLES}, entries {@code email-or-group=role}). Cookies are
 * {@code Secure} unless the public address is plain http on loopback, which
 * is only allowed for trying Doorway on one machine. {@code selfApproval}
 * ({@code ADMIN_SELF_APPROVAL}) lets an admin approve their own catalogue
 * drafts, for a one-person team; off by default.
 */
public record AdminSettings(URI publicUrl, Optional<OidcSettings> oidc, Map<String, String> roles, boolean selfApproval) {
    public static final Set<String> ROLE_NAMES = Set.of("admin", "technologist", "viewer");

    public AdminSettings {
        roles = Map.copyOf(roles);
    }

    /** Plain http is accepted only on loopback, and only there may cookies go without {@code Secure}. */
    public boolean secureCookies() {
        return !"http".equals(publicUrl.getScheme());
    }

    /** {@code publicUrl} without a trailing slash, to append paths to. */
    public String base() {
        String text = publicUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** {@code publicUrl} is {@code PUBLIC_URL} as {@link PublicUrl} checked it. */
    static AdminSettings from(Env env, String publicUrl) {
        return new AdminSettings(URI.create(publicUrl), OidcSettings.from(env), roles(env),
                env.flag("ADMIN_SELF_APPROVAL", false));
    }

    private static Map<String, String> roles(Env env) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String entry : env.text("ADMIN_ROLES", "").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            String role = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "";
            if (parts.length != 2 || parts[0].isBlank() || !ROLE_NAMES.contains(role)) {
                env.problem("ADMIN_ROLES", "has '" + entry.trim() + "': write email-or-group=role entries separated by "
                        + "commas, with role admin, technologist or viewer, e.g. alex@uni.example=admin,lt-team=technologist");
                continue;
            }
            roles.put(parts[0].trim().toLowerCase(Locale.ROOT), role);
        }
        return roles;
    }
}
