package org.doorway.web.admin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * The console's cookies, written by hand so each carries {@code HttpOnly},
 * {@code SameSite=Lax} and {@code Secure} (left off only when Doorway's public
 * address is plain http on loopback, where browsers would drop it).
 */
final class Cookies {
    static final String SESSION = "doorway_admin";
    static final String FORM = "doorway_admin_form";
    static final String OIDC = "doorway_admin_oidc";

    private final boolean secure;

    Cookies(boolean secure) {
        this.secure = secure;
    }

    void set(HttpServletResponse response, String name, String value, String path, Duration lifetime) {
        response.addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + lifetime.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    void clear(HttpServletResponse response, String name, String path) {
        set(response, name, "", path, Duration.ZERO);
    }

    static String read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && cookie.getValue().length() <= 300) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
