package org.doorway.web.admin;

import org.doorway.admin.AdminUser;

/**
 * What every console page's frame shows: the title, who is signed in (null
 * on the sign-in pages), the CSRF token its forms carry and which section of
 * the navigation is current.
 */
public record Chrome(String title, AdminUser user, String csrf, String section) {

    static Chrome signedOut(String title) {
        return new Chrome(title, null, "", "");
    }

    public boolean signedIn() {
        return user != null;
    }

    /** For {@code aria-current}: "page" on the current section's link, null elsewhere (then jte omits it). */
    public String current(String name) {
        return name.equals(section) ? "page" : null;
    }
}
