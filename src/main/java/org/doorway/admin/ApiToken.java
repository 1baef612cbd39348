package org.doorway.admin;

import java.time.Instant;
import java.util.Optional;

/** A bearer token for the JSON API as listed: never the token itself, which only its maker saw once. */
public record ApiToken(long id, String name, Role role, Instant createdAt, Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt) {

    public boolean revoked() {
        return revokedAt.isPresent();
    }

    /** Who the audit log says made a change with this token. */
    public AdminUser actor() {
        return new AdminUser("token:" + id + ":" + name, role);
    }
}
