package org.doorway.admin;

import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in person may do. Viewers read; technologists also edit the
 * catalogue; admins also manage who signs in.
 */
public enum Role {
    VIEWER, TECHNOLOGIST, ADMIN;

    public boolean canEditCatalogue() {
        return this != VIEWER;
    }

    /** At least as much as {@code other} may do. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
