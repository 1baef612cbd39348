package org.doorway.admin;

import java.util.Locale;

/** A signed-in person: their email (lower case, as the audit log names them) and role. */
public record AdminUser(String email, Role role) {
    public AdminUser {
        email = email.trim().toLowerCase(Locale.ROOT);
    }
}
