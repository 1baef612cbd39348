package org.doorway.admin;

import java.time.Instant;

/** A signed-in browser: who, the CSRF token its forms carry, and when it ends. */
public record AdminSession(AdminUser user, String csrfToken, Instant expiresAt) {}
